package org.marsad.store.article;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.marsad.text.normalize.ArabicNormalizer;
import org.marsad.text.normalize.TermBuffer;

/**
 * Stable keys of an article. The body key is a hash of the search-normalized body with runs of
 * whitespace collapsed to one space and the ends trimmed, so the same text with other diacritics,
 * tatweel, hamza spelling or line breaks is the same body; the id adds the source, so re-reading
 * a source yields the same ids and the same body from two sources is recognised as a
 * cross-source duplicate. Keys are the first 64 bits of SHA-256: of the normalized body's UTF-16
 * code units for the body key, and of the source plus that full body digest for the id. Each
 * thread remembers the digest of the last body it hashed, so asking for the id and then the
 * body key of one article normalizes and hashes its body once.
 */
public final class ArticleKeys {
    private static final HexFormat HEX = HexFormat.of();
    private static final ThreadLocal<Hasher> HASHER = ThreadLocal.withInitial(Hasher::new);

    private ArticleKeys() {}

    /** 16 hex digits of SHA-256 over the source, a NUL, and the digest of the normalized body. */
    public static String id(String source, String body) {
        return HASHER.get().id(source, body);
    }

    /** 16 hex digits of SHA-256 over the normalized body alone. */
    public static String bodyKey(String body) {
        return HEX.formatHex(HASHER.get().bodyDigest(body), 0, 8);
    }

    /** The body as it is hashed: search-normalized, whitespace collapsed. */
    static String normalizedBody(String body) {
        Hasher h = new Hasher();
        h.normalize(body);
        return new String(h.chars.buffer(), 0, h.chars.length());
    }

    /** Per-thread scratch: a digest, the normalized chars, and their bytes. */
    private static final class Hasher {
        private final MessageDigest sha;
        private final TermBuffer folded = new TermBuffer(4096);
        private final TermBuffer chars = new TermBuffer(4096);
        private byte[] bytes = new byte[8192];

        Hasher() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JDK", e);
            }
        }

        private String lastBody;
        private byte[] lastDigest;

        String id(String source, String body) {
            byte[] bodyDigest = bodyDigest(body);
            sha.reset();
            update(source, source.length());
            sha.update((byte) 0);
            sha.update((byte) 0);
            sha.update(bodyDigest);
            return HEX.formatHex(sha.digest(), 0, 8);
        }

        byte[] bodyDigest(String body) {
            if (body == lastBody) { // same instance: strings are immutable, so the digest holds
                return lastDigest;
            }
            normalize(body);
            sha.reset();
            update(chars.buffer(), chars.length());
            lastDigest = sha.digest();
            lastBody = body;
            return lastDigest;
        }

        void normalize(String body) {
            folded.clear();
            ArabicNormalizer.search().normalize(body, 0, body.length(), folded);
            chars.clear();
            char[] f = folded.buffer();
            boolean space = false;
            for (int i = 0; i < folded.length(); i++) {
                char c = f[i];
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    space = chars.length() > 0;
                } else {
                    if (space) {
                        chars.append(' ');
                        space = false;
                    }
                    chars.append(c);
                }
            }
        }

        private void update(CharSequence s, int n) {
            ensure(n);
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                bytes[2 * i] = (byte) (c >>> 8);
                bytes[2 * i + 1] = (byte) c;
            }
            sha.update(bytes, 0, 2 * n);
        }

        private void update(char[] s, int n) {
            ensure(n);
            for (int i = 0; i < n; i++) {
                char c = s[i];
                bytes[2 * i] = (byte) (c >>> 8);
                bytes[2 * i + 1] = (byte) c;
            }
            sha.update(bytes, 0, 2 * n);
        }

        private void ensure(int n) {
            if (bytes.length < 2 * n) {
                bytes = new byte[Math.max(2 * n, bytes.length * 2)];
            }
        }
    }
}
