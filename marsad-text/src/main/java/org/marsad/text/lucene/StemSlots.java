package org.marsad.text.lucene;

/**
 * Open-addressing slots from a term to what the stem filter makes of it, for {@link StemTable}.
 *
 * <p>A stem is always the term's chars {@code [start, start + length)}, except that its last char
 * may be rewritten (ت read as ه), so a slot of 16 chars (32 bytes, two per cache line) holds the
 * term's length, the stem's length (or a drop mark), start and last char, then the term itself;
 * a lookup touches nothing else. Linear probing keeps colliding terms in neighbouring slots.
 */
final class StemSlots {
    private static final int SLOT = 16;
    private static final int HEADER = 4;
    /** Longest term stored: longer ones are 0.01% of news tokens. */
    static final int MAX_KEY = SLOT - HEADER;
    private static final char DROP_MARK = '\uFFFF';

    private final char[] slots;
    private final int mask;

    StemSlots(int expected, double maxLoad) {
        int capacity = 16;
        while (capacity * maxLoad < expected) {
            capacity *= 2;
        }
        slots = new char[capacity * SLOT];
        mask = capacity - 1;
    }

    /** Stores {@code key} with its outcome: {@code stem[0, stemLen)}, or {@link StemTable#DROPPED}. */
    void insert(String key, int stemLen, char[] stem) {
        int len = key.length();
        int start = 0;
        if (stemLen > 0) {
            start = findStart(key, stem, stemLen);
            if (start < 0) {
                return; // not a cut of the key: leave it to the full path
            }
        }
        int h = 0;
        for (int k = 0; k < len; k++) {
            h = 31 * h + key.charAt(k);
        }
        int i = mix(h ^ len) & mask;
        while (slots[i * SLOT] != 0) {
            i = (i + 1) & mask;
        }
        int at = i * SLOT;
        slots[at] = (char) len;
        slots[at + 1] = stemLen == StemTable.DROPPED ? DROP_MARK : (char) stemLen;
        slots[at + 2] = (char) start;
        slots[at + 3] = stemLen > 0 ? stem[stemLen - 1] : 0;
        key.getChars(0, len, slots, at + HEADER);
    }

    private static int findStart(String key, char[] stem, int stemLen) {
        outer:
        for (int s = 0; s + stemLen <= key.length(); s++) {
            for (int i = 0; i < stemLen - 1; i++) {
                if (key.charAt(s + i) != stem[i]) {
                    continue outer;
                }
            }
            return s;
        }
        return -1;
    }

    static int hash(char[] buf, int off, int len) {
        int h = 0;
        for (int i = off; i < off + len; i++) {
            h = 31 * h + buf[i];
        }
        return mixHash(h, len);
    }

    /** The {@link #hash} of {@code len} chars whose polynomial {@code h = 31 * h + c} is {@code h}, for callers that fold it in passing. */
    static int mixHash(int h, int len) {
        return mix(h ^ len);
    }


    private static int mix(int h) {
        h ^= h >>> 15;
        h *= 0x2c1b3c6d;
        h ^= h >>> 12;
        return h;
    }

    /** Like {@link StemTable#apply}, for {@code buf[off, off + len)} with its {@link #hash}. */
    int apply(char[] buf, int off, int len, int hash) {
        char[] s = slots;
        int i = hash & mask;
        while (true) {
            int at = i * SLOT;
            char t = s[at];
            if (t == 0) {
                return StemTable.ABSENT;
            }
            if (t == len && matches(s, at + HEADER, buf, off, len)) {
                char stemLen = s[at + 1];
                if (stemLen == DROP_MARK) {
                    return StemTable.DROPPED;
                }
                if (stemLen > 0) {
                    int start = s[at + 2];
                    if (start > 0) {
                        for (int k = 0; k < stemLen - 1; k++) { // a few chars: a loop beats arraycopy's call
                            buf[off + k] = buf[off + start + k];
                        }
                    }
                    buf[off + stemLen - 1] = s[at + 3];
                }
                return stemLen;
            }
            i = (i + 1) & mask;
        }
    }

    private static boolean matches(char[] s, int at, char[] buf, int off, int len) {
        for (int k = 0; k < len; k++) {
            if (s[at + k] != buf[off + k]) {
                return false;
            }
        }
        return true;
    }
}
