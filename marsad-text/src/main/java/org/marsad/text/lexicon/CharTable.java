package org.marsad.text.lexicon;

import java.util.Arrays;

/**
 * An immutable-after-build open-addressing table from char sequences to two ints, looked up
 * straight from a {@code char[]} slice so the analysis loop allocates nothing per token.
 *
 * <p>Built for lookups that miss the CPU caches (the lexicon has 155k forms): each slot is 16
 * chars (32 bytes, two per cache line) holding the key's length, its entry number, its value and,
 * for keys of up to {@value #INLINE_KEY} chars (99.9% of news tokens), the key itself, so a
 * lookup reads one slot, usually one cache line, and nothing else. Longer keys are compared
 * against the key pool. Linear probing keeps colliding keys in neighbouring slots.
 *
 * <p>Once built ({@link #compact}), a Bloom filter (three bits per key, all in one 64-bit word)
 * answers most lookups of absent keys (the segmenter asks about many remainders no corpus ever
 * saw; about 1% false positives at 8 bits per key) by reading one word of a 256 KB array instead
 * of the 8 MB of slots.
 */
final class CharTable {
    private static final int SLOT = 16;
    private static final int INLINE_KEY = 11;
    /** Slot layout: length tag, entry (2 chars), value (2 chars), key chars. */
    private static final int ENTRY = 1;
    private static final int VALUE = 3;
    private static final int KEY = 5;
    /** Length tag of a key stored only in the pool; other tags are length + 1, and 0 marks an empty slot. */
    private static final char LONG_KEY = '\uFFFF';
    /** Load factor above which the table grows while being built. */
    private static final double MAX_LOAD = 0.5;

    private char[] slots;
    private int mask;
    private char[] pool = new char[1024];
    private int poolSize;
    private int[] keyStart = new int[256];
    private int[] keyLength = new int[256];
    private int[] values = new int[256];
    private int[] extras = new int[256];
    private int size;
    /** Null until {@link #compact}; then three bits per key, all in one word. */
    private long[] bloom;
    private int bloomShift;

    CharTable(int expected) {
        allocate(capacityFor(expected, MAX_LOAD));
    }

    int size() {
        return size;
    }

    /** Adds {@code key} with {@code value}, or replaces the value of an existing key; returns its entry. */
    int put(CharSequence key, int value) {
        int at = slotOf(key, 0, key.length());
        if (at >= 0) {
            int entry = entryAt(at);
            values[entry] = value;
            writeInt(at + VALUE, value);
            return entry;
        }
        if (size + 1 > MAX_LOAD * (mask + 1)) {
            rehash((mask + 1) * 2);
        }
        bloom = null; // a new key: no longer complete until the next compact
        if (size == keyStart.length) {
            int n = size * 2;
            keyStart = Arrays.copyOf(keyStart, n);
            keyLength = Arrays.copyOf(keyLength, n);
            values = Arrays.copyOf(values, n);
            extras = Arrays.copyOf(extras, n);
        }
        if (poolSize + key.length() > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + key.length()));
        }
        int entry = size++;
        keyStart[entry] = poolSize;
        keyLength[entry] = key.length();
        for (int i = 0; i < key.length(); i++) {
            pool[poolSize++] = key.charAt(i);
        }
        values[entry] = value;
        insert(entry);
        return entry;
    }

    /** Shrinks the slots to the smallest power of two that keeps the load at most {@code maxLoad}; call once built. */
    void compact(double maxLoad) {
        int capacity = capacityFor(size, maxLoad);
        if (capacity < mask + 1) {
            rehash(capacity);
        }
        buildBloom();
    }

    private void buildBloom() {
        int words = 64;
        while (words < size / 8) { // 8 or more bits per key: about 1% false positives
            words *= 2;
        }
        long[] b = new long[words];
        int shift = 32 - Integer.numberOfTrailingZeros(words);
        for (int e = 0; e < size; e++) {
            int h = hash(pool, keyStart[e], keyStart[e] + keyLength[e]) * 0x9E3779B9;
            b[h >>> shift] |= bloomBits(h);
        }
        bloomShift = shift;
        bloom = b;
    }

    private static long bloomBits(int h) {
        return (1L << h) | (1L << (h >>> 6)) | (1L << (h >>> 12));
    }

    /** False only for keys that are surely absent; always true before {@link #compact}. */
    private boolean mayContain(int hash) {
        long[] b = bloom;
        if (b == null) {
            return true;
        }
        int h = hash * 0x9E3779B9;
        long bits = bloomBits(h);
        return (b[h >>> bloomShift] & bits) == bits;
    }

    private static int capacityFor(int n, double maxLoad) {
        int capacity = 16;
        while (capacity * maxLoad < n) {
            capacity *= 2;
        }
        return capacity;
    }

    private void allocate(int capacity) {
        slots = new char[capacity * SLOT];
        mask = capacity - 1;
    }

    private void rehash(int capacity) {
        allocate(capacity);
        for (int e = 0; e < size; e++) {
            insert(e);
        }
    }

    private void insert(int entry) {
        int start = keyStart[entry];
        int len = keyLength[entry];
        int i = hash(pool, start, start + len) & mask;
        while (slots[i * SLOT] != 0) {
            i = (i + 1) & mask;
        }
        int at = i * SLOT;
        slots[at] = tag(len);
        writeInt(at + ENTRY, entry);
        writeInt(at + VALUE, values[entry]);
        if (len <= INLINE_KEY) {
            System.arraycopy(pool, start, slots, at + KEY, len);
        }
    }

    /** Entry of {@code buf[from, to)}, or -1. */
    int find(char[] buf, int from, int to) {
        int at = slotOf(buf, from, to);
        return at < 0 ? -1 : entryAt(at);
    }

    int find(CharSequence key, int from, int to) {
        int at = slotOf(key, from, to);
        return at < 0 ? -1 : entryAt(at);
    }

    /** Value of {@code buf[from, to)}, or {@code absent}; reads only the key's slot. */
    int valueOf(char[] buf, int from, int to, int absent) {
        int at = slotOf(buf, from, to);
        return at < 0 ? absent : readInt(at + VALUE);
    }

    private int slotOf(char[] buf, int from, int to) {
        int len = to - from;
        char tag = tag(len);
        char[] s = slots;
        int h = hash(buf, from, to);
        if (!mayContain(h)) {
            return -1;
        }
        int i = h & mask;
        while (true) {
            int at = i * SLOT;
            char t = s[at];
            if (t == 0) {
                return -1;
            }
            if (t == tag) {
                if (tag != LONG_KEY) {
                    if (equals(s, at + KEY, buf, from, len)) {
                        return at;
                    }
                } else {
                    int e = entryAt(at);
                    if (keyLength[e] == len && Arrays.equals(pool, keyStart[e], keyStart[e] + len, buf, from, to)) {
                        return at;
                    }
                }
            }
            i = (i + 1) & mask;
        }
    }

    private int slotOf(CharSequence key, int from, int to) {
        int len = to - from;
        char tag = tag(len);
        int h = hash(key, from, to);
        if (!mayContain(h)) {
            return -1;
        }
        int i = h & mask;
        while (true) {
            int at = i * SLOT;
            char t = slots[at];
            if (t == 0) {
                return -1;
            }
            if (t == tag) {
                char[] chars = slots;
                int k = at + KEY;
                if (tag == LONG_KEY) {
                    int e = entryAt(at);
                    chars = pool;
                    k = keyStart[e];
                    if (keyLength[e] != len) {
                        i = (i + 1) & mask;
                        continue;
                    }
                }
                if (equals(chars, k, key, from, len)) {
                    return at;
                }
            }
            i = (i + 1) & mask;
        }
    }

    /** A plain loop: keys are a few chars, too short for Arrays.equals' vectorized set-up to pay. */
    private static boolean equals(char[] chars, int at, char[] key, int from, int len) {
        for (int k = 0; k < len; k++) {
            if (chars[at + k] != key[from + k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean equals(char[] chars, int at, CharSequence key, int from, int len) {
        for (int k = 0; k < len; k++) {
            if (chars[at + k] != key.charAt(from + k)) {
                return false;
            }
        }
        return true;
    }

    private static char tag(int len) {
        return len <= INLINE_KEY ? (char) (len + 1) : LONG_KEY;
    }

    private int entryAt(int at) {
        return readInt(at + ENTRY);
    }

    private int readInt(int at) {
        return (slots[at] << 16) | slots[at + 1];
    }

    private void writeInt(int at, int v) {
        slots[at] = (char) (v >>> 16);
        slots[at + 1] = (char) v;
    }

    int value(int entry) {
        return values[entry];
    }

    int extra(int entry) {
        return extras[entry];
    }

    void setExtra(int entry, int extra) {
        extras[entry] = extra;
    }

    String key(int entry) {
        return new String(pool, keyStart[entry], keyLength[entry]);
    }

    private static int hash(char[] buf, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + buf[i];
        }
        return mix(h);
    }

    private static int hash(CharSequence s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return mix(h);
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }
}
