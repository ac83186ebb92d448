package org.marsad.text.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.marsad.text.normalize.ArabicNormalizer;
import org.marsad.text.tokenize.ArabicTokenizer;
import org.marsad.text.tokenize.TokenType;

/**
 * Emits the word-like tokens of {@link ArabicTokenizer} with search-normalized terms and offsets
 * that cover the original chars, diacritics and tatweel included, so highlights never drift.
 * Punctuation and symbols are dropped; a hashtag yields its words (#عاصي_الحلاني → عاصي، الحلاني);
 * a number loses its % and thousands separators (12,500% → 12500). Token types are
 * {@code <ARABIC>}, {@code <LATIN>}, {@code <NUMBER>}, {@code <URL>}, {@code <EMAIL>}, {@code <MENTION>}.
 */
public final class ArabicNewsTokenizer extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute typeAttr = addAttribute(TypeAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final ArabicTokenizer scanner = new ArabicTokenizer();
    private final ArabicNormalizer normalizer = ArabicNormalizer.search();
    private char[] chars = new char[4096];
    private String text = "";
    private int finalOffset;
    /** Inside a hashtag: where the next part starts and where the hashtag ends; -1 when not. */
    private int hashtagPos = -1;
    private int hashtagEnd;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (hashtagPos >= 0 && nextHashtagPart()) {
            return true;
        }
        while (scanner.next()) {
            TokenType type = scanner.type();
            int start = scanner.start();
            int end = scanner.end();
            switch (type) {
                case PUNCT, SYMBOL -> {
                    continue;
                }
                case HASHTAG -> {
                    hashtagPos = start + 1;
                    hashtagEnd = end;
                    if (nextHashtagPart()) {
                        return true;
                    }
                    continue;
                }
                case NUMBER -> emitNumber(start, end);
                default -> emit(start, end, type);
            }
            return true;
        }
        return false;
    }

    private boolean nextHashtagPart() {
        while (hashtagPos < hashtagEnd && text.charAt(hashtagPos) == '_') {
            hashtagPos++;
        }
        if (hashtagPos >= hashtagEnd) {
            hashtagPos = -1;
            return false;
        }
        int start = hashtagPos;
        int end = start;
        boolean arabic = false;
        while (end < hashtagEnd && text.charAt(end) != '_') {
            char c = text.charAt(end);
            arabic |= c >= '\u0600' && c <= '\u06FF';
            end++;
        }
        hashtagPos = end;
        emit(start, end, arabic ? TokenType.ARABIC : TokenType.LATIN);
        return true;
    }

    private void emit(int start, int end, TokenType type) {
        term.setEmpty();
        int len = normalizeInto(start, end);
        term.setLength(len);
        offset.setOffset(correctOffset(start), correctOffset(end));
        typeAttr.setType(TypeNames.of(type));
        posInc.setPositionIncrement(1);
    }

    private int normalizeInto(int start, int end) {
        // most tokens map char for char; expansions (ligatures) are rare, so size for 2x and retry
        char[] buf = term.resizeBuffer(Math.max(16, (end - start) * 2));
        int n = 0;
        for (int i = start; i < end; i++) {
            String folded = null;
            char c = text.charAt(i);
            if (normalizer.removes(c)) {
                continue;
            }
            if (c >= '\uFB50' || n + 1 >= buf.length) {
                folded = normalizer.normalize(String.valueOf(c));
                buf = term.resizeBuffer(n + folded.length() + (end - i) * 2);
                for (int k = 0; k < folded.length(); k++) {
                    buf[n++] = folded.charAt(k);
                }
                continue;
            }
            buf[n++] = normalizer.fold(c);
        }
        return n;
    }

    private void emitNumber(int start, int end) {
        emit(start, end, TokenType.NUMBER);
        char[] buf = term.buffer();
        int n = 0;
        for (int i = 0; i < term.length(); i++) {
            char c = buf[i];
            if (c != ',' && c != '%') {
                buf[n++] = c;
            }
        }
        term.setLength(n);
    }

    @Override
    public void end() throws IOException {
        super.end();
        offset.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        int n = 0;
        while (true) {
            if (n == chars.length) {
                chars = java.util.Arrays.copyOf(chars, chars.length * 2);
            }
            int read = input.read(chars, n, chars.length - n);
            if (read < 0) {
                break;
            }
            n += read;
        }
        text = new String(chars, 0, n);
        finalOffset = correctOffset(n);
        scanner.reset(text);
        hashtagPos = -1;
    }

    @Override
    public void close() throws IOException {
        super.close();
        text = "";
        if (chars.length > 1 << 16) {
            chars = new char[4096]; // do not pin a huge article's buffer
        }
    }
}
