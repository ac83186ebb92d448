package org.marsad.store.dedup;

import java.util.Arrays;
import org.marsad.text.normalize.ArabicNormalizer;
import org.marsad.text.normalize.TermBuffer;
import org.marsad.text.tokenize.ArabicTokenizer;
import org.marsad.text.tokenize.TokenType;

/** 64-bit hashes of a text's search-normalized words (punctuation and symbols skipped), in order. */
public final class WordHashes {
    private WordHashes() {}

    public static long[] of(CharSequence text) {
        ArabicTokenizer tok = new ArabicTokenizer().reset(text);
        ArabicNormalizer norm = ArabicNormalizer.search();
        TermBuffer buf = new TermBuffer();
        long[] out = new long[64];
        int n = 0;
        while (tok.next()) {
            TokenType t = tok.type();
            if (!t.isWordLike()) {
                continue;
            }
            buf.clear();
            norm.normalize(text, tok.start(), tok.end(), buf);
            if (buf.length() == 0) {
                continue;
            }
            long h = 1125899906842597L;
            char[] cs = buf.buffer();
            for (int i = 0; i < buf.length(); i++) {
                h = 31 * h + cs[i];
            }
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = Hashing.mix(h);
        }
        return Arrays.copyOf(out, n);
    }

    /** A well-mixed function of a hash, for sampling hashes by value. */
    public static long spread(long h) {
        return Hashing.mix(h);
    }
}
