package org.marsad.store.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.marsad.text.normalize.ArabicNormalizer;

/**
 * Stable keys of an article. The body key is a hash of the search-normalized body with runs of
 * whitespace collapsed, so the same text with other diacritics, tatweel, hamza spelling or line
 * breaks is the same body; the id adds the source, so re-reading a source yields the same ids and
 * the same body from two sources is recognised as a cross-source duplicate.
 */
public final class ArticleKeys {
    private static final HexFormat HEX = HexFormat.of();

    private ArticleKeys() {}

    /** 16 hex digits (64 bits) of SHA-256 over source and normalized body. */
    public static String id(String source, String body) {
        return hash(source + '\u0000' + normalizedBody(body));
    }

    /** 16 hex digits of SHA-256 over the normalized body alone. */
    public static String bodyKey(String body) {
        return hash(normalizedBody(body));
    }

    static String normalizedBody(String body) {
        String n = ArabicNormalizer.search().normalize(body);
        StringBuilder sb = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HEX.formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
