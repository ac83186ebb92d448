package org.marsad.store.dedup;

/** 64-bit mixing (the SplitMix64 finalizer), so that nearby inputs give unrelated hashes. */
final class Hashing {
    private Hashing() {}

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
