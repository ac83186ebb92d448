package org.marsad.store.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text file: UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1256
 * (older Arabic sites). Without a BOM, strict UTF-8 is tried first (it almost never decodes
 * anything else by accident); bytes that are not UTF-8 are read as Windows-1256 only when the
 * result looks like Arabic text. Anything else is rejected with the reason.
 */
public final class TextDecoder {
    public static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    private TextDecoder() {}

    /** The decoded text (BOM removed) or a reason it cannot be decoded. {@code declared} is a charset named by the source, or null. */
    public static String decode(byte[] bytes, String declared) throws BadInputException {
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return strict(StandardCharsets.UTF_8, bytes, 3, "UTF-8 (with BOM)");
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(StandardCharsets.UTF_16LE, bytes, 2, "UTF-16LE (with BOM)");
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(StandardCharsets.UTF_16BE, bytes, 2, "UTF-16BE (with BOM)");
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw new BadInputException("binary content (NUL byte at offset " + nul + "), not text");
        }
        Charset cs = declaredCharset(declared);
        if (cs != null && !cs.equals(StandardCharsets.UTF_8)) {
            String text = strictOrNull(cs, bytes, 0);
            if (text != null && looksLikeText(text)) {
                return text;
            }
        }
        String utf8 = strictOrNull(StandardCharsets.UTF_8, bytes, 0);
        if (utf8 != null) {
            if (!looksLikeText(utf8)) {
                throw new BadInputException("binary content (too many control characters), not text");
            }
            return utf8;
        }
        String cp1256 = strictOrNull(WINDOWS_1256, bytes, 0);
        if (cp1256 != null && looksLikeText(cp1256) && arabicShare(cp1256) > 0.3) {
            return cp1256;
        }
        throw new BadInputException("cannot decode: not UTF-8 (invalid byte sequence at offset "
                + firstInvalidUtf8(bytes) + "), not UTF-16 with BOM, and not Arabic Windows-1256 text");
    }

    private static Charset declaredCharset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            return null; // an unknown declared charset is ignored: detection decides
        }
    }

    private static String strict(Charset cs, byte[] bytes, int from, String what) throws BadInputException {
        String s = strictOrNull(cs, bytes, from);
        if (s == null) {
            throw new BadInputException("starts with a " + what + " byte order mark but is not valid " + cs.name());
        }
        if (!looksLikeText(s)) {
            throw new BadInputException("binary content (too many control characters) after a " + what + " byte order mark");
        }
        return s;
    }

    private static String strictOrNull(Charset cs, byte[] bytes, int from) {
        CharsetDecoder d = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = d.decode(ByteBuffer.wrap(bytes, from, bytes.length - from));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Text has few C0 controls other than tab, CR, LF and form feed; binary data has many. */
    static boolean looksLikeText(String s) {
        int controls = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        return controls <= s.length() / 100;
    }

    /** Share of Arabic letters among the letters of the text. */
    static double arabicShare(String s) {
        int letters = 0;
        int arabic = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (c >= '\u0600' && c <= '\u06FF') {
                    arabic++;
                }
            }
        }
        return letters == 0 ? 0 : (double) arabic / letters;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static long firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            var r = d.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isUnderflow()) {
                return -1;
            }
            out.clear();
        }
    }
}
