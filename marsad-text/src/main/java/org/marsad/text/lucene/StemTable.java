package org.marsad.text.lucene;

import java.util.Arrays;
import java.util.Map;
import java.util.WeakHashMap;
import org.marsad.text.lexicon.Lexicon;
import org.marsad.text.lexicon.StopWords;
import org.marsad.text.segment.ArabicSegmenter;

/**
 * What {@link ArabicNewsStemFilter} does to every form of the segmenter's lexicon, computed once:
 * its stem, or that it is dropped as a stop word. Looking a term up here reads one slot (half a
 * cache line) instead of a stop-word table, the lexicon and the segmenter's decisions. Terms that
 * are not here (unseen words, long ones) take the full path, {@link #stemOrDrop}, which gives the
 * same result.
 *
 * <p>The {@value #HOT} most frequent forms (three quarters of news tokens) get a table of their own
 * (512 KB), so the slots in constant use share cache lines instead of being scattered over the
 * 8 MB that all forms take; the other forms sit in a second table. One {@code StemTable} per segmenter and stop-word setting, shared by all
 * filters and threads; immutable once built.
 */
final class StemTable {
    /** What {@link #apply} returns when the term is not in the table. */
    static final int ABSENT = -1;
    /** What {@link #apply} and {@link #stemOrDrop} return for a dropped stop word. */
    static final int DROPPED = -2;

    private static final int HOT = 8192;
    private static final Map<ArabicSegmenter, StemTable[]> TABLES = new WeakHashMap<>();

    private final StemSlots hot;
    private final StemSlots rest;

    /** The table for {@code segmenter} with or without stop-word removal, built on first use. */
    static StemTable of(ArabicSegmenter segmenter, boolean removeStopWords) {
        synchronized (TABLES) {
            StemTable[] pair = TABLES.computeIfAbsent(segmenter, s -> new StemTable[2]);
            int i = removeStopWords ? 1 : 0;
            if (pair[i] == null) {
                pair[i] = new StemTable(segmenter, removeStopWords);
            }
            return pair[i];
        }
    }

    private StemTable(ArabicSegmenter segmenter, boolean removeStopWords) {
        Lexicon lexicon = segmenter.lexicon();
        int n = lexicon.size();
        // entries by falling frequency, ties in entry order, so the hot set is reproducible
        long[] order = new long[n];
        for (int e = 0; e < n; e++) {
            order[e] = ((long) (Integer.MAX_VALUE - lexicon.frequencyOf(e)) << 32) | e;
        }
        Arrays.sort(order);
        int hotCount = Math.min(HOT, n);
        hot = new StemSlots(hotCount, 0.5);
        rest = new StemSlots(n - hotCount, 0.6);
        char[] buf = new char[StemSlots.MAX_KEY];
        for (int k = 0; k < n; k++) {
            String form = lexicon.form((int) order[k]);
            int len = form.length();
            if (len == 0 || len > StemSlots.MAX_KEY) {
                continue;
            }
            form.getChars(0, len, buf, 0);
            int stemLen = stemOrDrop(buf, len, segmenter, removeStopWords);
            (k < hotCount ? hot : rest).insert(form, stemLen, buf);
        }
    }

    /**
     * Stems {@code buf[0, len)} in place and returns the stem's length, or {@link #DROPPED} for a
     * stop word (before or after its clitics go): the one definition of the filter's work.
     */
    static int stemOrDrop(char[] buf, int len, ArabicSegmenter segmenter, boolean removeStopWords) {
        if (removeStopWords && StopWords.contains(buf, 0, len)) {
            return DROPPED;
        }
        int stemLen = segmenter.stem(buf, len);
        if (removeStopWords && stemLen != len && StopWords.contains(buf, 0, stemLen)) {
            return DROPPED;
        }
        return stemLen;
    }

    /**
     * If {@code buf[0, len)} is in the table, writes its stem over it and returns the stem's length
     * (or {@link #DROPPED}); else returns {@link #ABSENT} and leaves {@code buf} alone.
     */
    int apply(char[] buf, int len) {
        int r = applyHot(buf, 0, len);
        return r != ABSENT ? r : applyCold(buf, 0, len);
    }

    /** {@link #apply} for {@code buf[off, off + len)}, with the most frequent forms only. */
    int applyHot(char[] buf, int off, int len) {
        if (len > StemSlots.MAX_KEY || len == 0) {
            return ABSENT;
        }
        return hot.apply(buf, off, len, StemSlots.hash(buf, off, len));
    }

    /** {@link #applyHot} for a term of 1 to {@link StemSlots#MAX_KEY} chars whose {@link StemSlots#hash} is known. */
    int applyHot(char[] buf, int off, int len, int hash) {
        return hot.apply(buf, off, len, hash);
    }

    /** {@link #apply} for {@code buf[off, off + len)}, with the forms {@link #applyHot} lacks. */
    int applyCold(char[] buf, int off, int len) {
        if (len > StemSlots.MAX_KEY || len == 0) {
            return ABSENT;
        }
        return rest.apply(buf, off, len, StemSlots.hash(buf, off, len));
    }

    /** {@link #applyCold} for a term of 1 to {@link StemSlots#MAX_KEY} chars whose {@link StemSlots#hash} is known. */
    int applyCold(char[] buf, int off, int len, int hash) {
        return rest.apply(buf, off, len, hash);
    }
}
