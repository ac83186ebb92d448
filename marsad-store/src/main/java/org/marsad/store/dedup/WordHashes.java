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
        Scratch s = new Scratch();
        int n = into(text, s);
        return Arrays.copyOf(s.words, n);
    }

    /**
     * Reusable buffers for hashing many texts on one thread without allocating per text; not
     * thread-safe (one per thread).
     */
    static final class Scratch {
        final ArabicTokenizer tokenizer = new ArabicTokenizer();
        final TermBuffer term = new TermBuffer();
        long[] words = new long[64];
        long[] shingles = new long[64];
    }

    /** The word hashes of {@code text} into {@code s.words} (grown as needed); returns how many. */
    static int into(CharSequence text, Scratch s) {
        ArabicTokenizer tok = s.tokenizer.reset(text);
        ArabicNormalizer norm = ArabicNormalizer.search();
        TermBuffer buf = s.term;
        long[] out = s.words;
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
        s.words = out;
        return n;
    }

    /** A well-mixed function of a hash, for sampling hashes by value. */
    public static long spread(long h) {
        return Hashing.mix(h);
    }
}
