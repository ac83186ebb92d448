package org.marsad.store.dedup;

import java.util.Arrays;

/**
 * Turns a text into the set of hashes of its k-word shingles. Words are search-normalized
 * (so ى/ي, ة/ه, hamza and diacritic variants give the same shingle) and punctuation is skipped,
 * so a copy that only differs in spelling or punctuation has the same shingle set.
 */
public final class WordShingler {
    private final int k;

    public WordShingler(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("shingle size must be >= 1, got " + k);
        }
        this.k = k;
    }

    public int size() {
        return k;
    }

    /** Sorted distinct 64-bit shingle hashes; a text shorter than k words gives one shingle of all its words. */
    public long[] shingles(CharSequence text) {
        return shingles(WordHashes.of(text));
    }

    /** Shingles of a text given as its {@link WordHashes}. */
    public long[] shingles(long[] words) {
        long[] out = new long[Math.max(1, words.length - k + 1)];
        int m = shingles(words, words.length, out);
        return Arrays.copyOf(out, m);
    }

    /**
     * The shingles of {@code words[0, count)} into {@code out} (which must hold
     * {@code max(1, count - k + 1)} values), sorted and distinct; returns how many.
     */
    int shingles(long[] words, int count, long[] out) {
        if (count == 0) {
            return 0;
        }
        int n = Math.max(1, count - k + 1);
        for (int i = 0; i < n; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = i; j < Math.min(count, i + k); j++) {
                h = Hashing.mix(h * 31 + words[j]);
            }
            out[i] = h;
        }
        Arrays.sort(out, 0, n);
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[m++] = out[i];
            }
        }
        return m;
    }
}
