package org.marsad.store.dedup;

import java.util.Arrays;

/**
 * Locality-sensitive hashing by banding: the signature is cut into bands of r rows; two documents
 * become candidates when any band is identical. Band keys live in one open-addressing table with
 * chained document lists in plain int arrays, so a 60k-article archive costs a few MB.
 */
final class LshTable {
    private final int bands;
    private final int rows;
    private long[] keys = new long[1 << 16];
    private int[] heads = new int[1 << 16];
    private int used;
    private int[] next = new int[1 << 16];
    private int[] docs = new int[1 << 16];
    private int entries;

    LshTable(int bands, int rows) {
        this.bands = bands;
        this.rows = rows;
        Arrays.fill(heads, -1);
    }

    int bands() {
        return bands;
    }

    int rows() {
        return rows;
    }

    void add(int doc, MinHashSignature sig) {
        addAfterCandidates(doc, sig, null);
    }

    /**
     * Adds {@code doc}, first calling {@code sink} (when not null) for every earlier document
     * sharing a band with it (a document may come more than once), band by band, each band's slot
     * found once for both.
     */
    void addAfterCandidates(int doc, MinHashSignature sig, java.util.function.IntConsumer sink) {
        for (int band = 0; band < bands; band++) {
            long key = bandKey(sig, band);
            if ((used + 1) * 2 > keys.length) {
                rehash();
            }
            int slot = slotFor(key);
            if (sink != null && heads[slot] >= 0) {
                for (int e = heads[slot]; e >= 0; e = next[e]) {
                    if (docs[e] != doc) { // two bands of one signature with the same key
                        sink.accept(docs[e]);
                    }
                }
            }
            if (heads[slot] < 0) {
                keys[slot] = key;
                used++;
            }
            if (entries == docs.length) {
                docs = Arrays.copyOf(docs, entries * 2);
                next = Arrays.copyOf(next, entries * 2);
            }
            docs[entries] = doc;
            next[entries] = heads[slot];
            heads[slot] = entries++;
        }
    }

    private long bandKey(MinHashSignature sig, int band) {
        int[] v = sig.values();
        long h = band * 0x9E3779B97F4A7C15L;
        for (int i = band * rows; i < (band + 1) * rows; i++) {
            h = Hashing.mix(h ^ v[i]);
        }
        return h;
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int slotFor(long key) {
        int mask = keys.length - 1;
        int i = (int) Hashing.mix(key) & mask;
        while (heads[i] >= 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        heads = new int[oldKeys.length * 2];
        Arrays.fill(heads, -1);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHeads[i] >= 0) {
                int slot = slotFor(oldKeys[i]);
                keys[slot] = oldKeys[i];
                heads[slot] = oldHeads[i];
            }
        }
    }
}
