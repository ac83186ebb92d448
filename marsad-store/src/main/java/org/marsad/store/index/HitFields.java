package org.marsad.store.index;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.util.BytesRef;
import org.marsad.store.article.Article;

/**
 * What a search hit shows (id, title, source, url, publication date) packed into one binary doc
 * value per article ({@link ArchiveSchema#HIT}). Reading a hit's stored fields decompresses a whole
 * block of article bodies; this reads a hundred bytes, which made the stored-field reads half of a
 * query's time. Each value is a length (-1 for none) and its UTF-8 bytes.
 */
public final class HitFields {
    /** The decoded values; {@code published} is ISO yyyy-MM-dd as in {@link ArchiveSchema#PUBLISHED}, or null. */
    public record Values(String id, String title, String source, String url, String published) {}

    private HitFields() {}

    static BytesRef encode(Article a) {
        byte[][] parts = {
            bytes(a.id()), bytes(a.title()), bytes(a.source()), bytes(a.url()),
            bytes(a.published() == null ? null : a.published().toString())
        };
        int size = 0;
        for (byte[] p : parts) {
            size += 4 + (p == null ? 0 : p.length);
        }
        ByteBuffer b = ByteBuffer.allocate(size);
        for (byte[] p : parts) {
            b.putInt(p == null ? -1 : p.length);
            if (p != null) {
                b.put(p);
            }
        }
        return new BytesRef(b.array());
    }

    public static Values decode(BytesRef ref) {
        ByteBuffer b = ByteBuffer.wrap(ref.bytes, ref.offset, ref.length);
        return new Values(string(b), string(b), string(b), string(b), string(b));
    }

    /** Only the id, as a copy of its UTF-8 bytes (what equal scores are ordered by). */
    public static BytesRef id(BytesRef ref) {
        ByteBuffer b = ByteBuffer.wrap(ref.bytes, ref.offset, ref.length);
        int n = b.getInt();
        return n < 0 ? new BytesRef() : new BytesRef(java.util.Arrays.copyOfRange(ref.bytes, ref.offset + 4, ref.offset + 4 + n));
    }

    private static byte[] bytes(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    private static String string(ByteBuffer b) {
        int n = b.getInt();
        if (n < 0) {
            return null;
        }
        String s = new String(b.array(), b.position(), n, StandardCharsets.UTF_8);
        b.position(b.position() + n);
        return s;
    }
}
