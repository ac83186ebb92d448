package org.marsad.text.lexicon;

import java.util.Arrays;

/**
 * An immutable-after-build open-addressing table from char sequences to two ints, looked up
 * straight from a {@code char[]} slice so the analysis loop allocates nothing per token.
 */
final class CharTable {
    private int[] slots;
    private char[] pool = new char[1024];
    private int poolSize;
    private int[] keyStart = new int[256];
    private int[] keyLength = new int[256];
    private int[] values = new int[256];
    private int[] extras = new int[256];
    private int size;

    CharTable(int expected) {
        slots = new int[Integer.highestOneBit(Math.max(16, expected * 2)) << 1];
        Arrays.fill(slots, -1);
    }

    int size() {
        return size;
    }

    /** Adds {@code key} with {@code value}, or replaces the value of an existing key; returns its entry. */
    int put(CharSequence key, int value) {
        int entry = find(key, 0, key.length());
        if (entry >= 0) {
            values[entry] = value;
            return entry;
        }
        if ((size + 1) * 2 > slots.length) {
            rehash(slots.length * 2);
        }
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
        entry = size++;
        keyStart[entry] = poolSize;
        keyLength[entry] = key.length();
        for (int i = 0; i < key.length(); i++) {
            pool[poolSize++] = key.charAt(i);
        }
        values[entry] = value;
        insertSlot(entry, hash(key, 0, key.length()));
        return entry;
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        Arrays.fill(slots, -1);
        for (int e = 0; e < size; e++) {
            insertSlot(e, hash(pool, keyStart[e], keyStart[e] + keyLength[e]));
        }
    }

    private void insertSlot(int entry, int hash) {
        int mask = slots.length - 1;
        int i = hash & mask;
        while (slots[i] >= 0) {
            i = (i + 1) & mask;
        }
        slots[i] = entry;
    }

    int find(char[] buf, int from, int to) {
        int mask = slots.length - 1;
        int i = hash(buf, from, to) & mask;
        int len = to - from;
        while (true) {
            int e = slots[i];
            if (e < 0) {
                return -1;
            }
            if (keyLength[e] == len && Arrays.equals(pool, keyStart[e], keyStart[e] + len, buf, from, to)) {
                return e;
            }
            i = (i + 1) & mask;
        }
    }

    int find(CharSequence key, int from, int to) {
        int mask = slots.length - 1;
        int i = hash(key, from, to) & mask;
        int len = to - from;
        outer:
        while (true) {
            int e = slots[i];
            if (e < 0) {
                return -1;
            }
            if (keyLength[e] == len) {
                int s = keyStart[e];
                for (int k = 0; k < len; k++) {
                    if (pool[s + k] != key.charAt(from + k)) {
                        i = (i + 1) & mask;
                        continue outer;
                    }
                }
                return e;
            }
            i = (i + 1) & mask;
        }
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
