package org.marsad.store.dedup;

import java.util.Arrays;

/**
 * Locality-sensitive hashing by banding: the signature is cut into bands of r rows; two documents
 * become candidates when any band is identical. Band keys live in one open-addressing table with
 * chained document lists in plain int arrays, so a 60k-article archive costs a few MB.
 *
 * <p>A 60k archive has millions of band keys, so nearly every lookup misses the CPU caches: each
 * slot keeps its key and its chain head side by side (one cache line per probe), and the slots of
 * all bands of a signature are touched before they are used, so their misses overlap.
 */
final class LshTable {
    private static final long EMPTY = -1;
    private final int bands;
    private final int rows;
    /** Slot i: key at 2i, head of its document chain at 2i+1 ({@link #EMPTY} when the slot is free). */
    private long[] slots = emptySlots(1 << 16);
    private int used;
    private int[] next = new int[1 << 16];
    private int[] docs = new int[1 << 16];
    private int entries;
    private final long[] bandKeys;
    /** Written so that the touching loads in {@link #touch} are not optimized away. */
    private long touched;

    LshTable(int bands, int rows) {
        this.bands = bands;
        this.rows = rows;
        this.bandKeys = new long[bands];
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
        while ((used + bands) * 2L > capacity()) {
            rehash();
        }
        for (int band = 0; band < bands; band++) {
            bandKeys[band] = bandKey(sig, band);
        }
        touch();
        for (int band = 0; band < bands; band++) {
            long key = bandKeys[band];
            int slot = slotFor(key);
            long head = slots[2 * slot + 1];
            if (sink != null) {
                for (int e = (int) head; e >= 0; e = next[e]) {
                    if (docs[e] != doc) { // two bands of one signature with the same key
                        sink.accept(docs[e]);
                    }
                }
            }
            if (head == EMPTY) {
                slots[2 * slot] = key;
                used++;
            }
            if (entries == docs.length) {
                docs = Arrays.copyOf(docs, entries * 2);
                next = Arrays.copyOf(next, entries * 2);
            }
            docs[entries] = doc;
            next[entries] = (int) head;
            slots[2 * slot + 1] = entries++;
        }
    }

    /** Loads the home slot of every band key: independent loads, so the cache misses overlap. */
    private void touch() {
        int mask = capacity() - 1;
        long sum = 0;
        for (long key : bandKeys) {
            sum += slots[2 * ((int) Hashing.mix(key) & mask)];
        }
        touched += sum;
    }

    private long bandKey(MinHashSignature sig, int band) {
        int[] v = sig.values();
        long h = band * 0x9E3779B97F4A7C15L;
        for (int i = band * rows; i < (band + 1) * rows; i++) {
            h = Hashing.mix(h ^ v[i]);
        }
        return h;
    }

    private int capacity() {
        return slots.length / 2;
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int slotFor(long key) {
        int mask = capacity() - 1;
        int i = (int) Hashing.mix(key) & mask;
        while (slots[2 * i + 1] != EMPTY && slots[2 * i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void rehash() {
        long[] old = slots;
        slots = emptySlots(capacity() * 2);
        for (int i = 0; i < old.length; i += 2) {
            if (old[i + 1] != EMPTY) {
                int slot = slotFor(old[i]);
                slots[2 * slot] = old[i];
                slots[2 * slot + 1] = old[i + 1];
            }
        }
    }

    private static long[] emptySlots(int capacity) {
        long[] s = new long[2 * capacity];
        for (int i = 1; i < s.length; i += 2) {
            s[i] = EMPTY;
        }
        return s;
    }
}
