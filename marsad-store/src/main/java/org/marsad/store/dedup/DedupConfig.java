package org.marsad.store.dedup;

/**
 * Parameters of near-duplicate detection.
 *
 * @param shingleSize    words per shingle
 * @param bands          LSH bands; the first {@code bands * rows} signature values are banded
 * @param rows           signature rows per band
 * @param minContainment a copy must share at least this share of the smaller text's shingles (estimated)
 * @param minSizeRatio   and be at least this long relative to the other text (shingle counts), so a
 *                       one-paragraph brief is not called a copy of a long report that quotes it
 * @param seed           seed of the hash functions; signatures from different seeds do not compare
 * @param minRootContainment a copy joins its match's group only if it also shares this much with the
 *                       group's first article, so chains of templated texts (telegrams that differ
 *                       in names) do not grow one group out of different articles
 * @param numHashes      hash functions (values) in a signature, at least {@code bands * rows}
 * @param minMemberSizeRatio a copy that is shorter or longer than this relative to an article of the group it
 *                       would join counts as different from that article (see {@link NearDuplicateIndex})
 * @param minShingles    a text with fewer shingles is a copy only of exactly the same shingles
 */
public record DedupConfig(int shingleSize, int bands, int rows, double minContainment, double minSizeRatio, long seed,
                          double minRootContainment, int numHashes, double minMemberSizeRatio, int minShingles) {
    /**
     * Values chosen on the dev split of {@code marsad eval dedup} (even days of month). The signature
     * keeps 256 values so that archives written with the earlier 64 x 4 banding still load.
     */
    public static final DedupConfig DEFAULT = new DedupConfig(3, 85, 3, 0.71, 0.4, 20150721L, 0.5, 256, 0.3, 5);

    public DedupConfig {
        if (shingleSize < 1 || bands < 1 || rows < 1) {
            throw new IllegalArgumentException("shingleSize, bands and rows must be >= 1");
        }
        if ((long) bands * rows > numHashes) {
            throw new IllegalArgumentException("bands x rows (" + bands + " x " + rows + ") exceeds the "
                    + numHashes + " signature values");
        }
        if (minContainment < 0 || minContainment > 1 || minSizeRatio < 0 || minSizeRatio > 1) {
            throw new IllegalArgumentException("minContainment and minSizeRatio must be in [0, 1]");
        }
    }

    /** A configuration whose signature has exactly {@code bands * rows} values. */
    public DedupConfig(int shingleSize, int bands, int rows, double minContainment, double minSizeRatio, long seed,
                       double minRootContainment) {
        this(shingleSize, bands, rows, minContainment, minSizeRatio, seed, minRootContainment, bands * rows,
                DEFAULT.minMemberSizeRatio, DEFAULT.minShingles);
    }

    public DedupConfig withThresholds(double containment, double sizeRatio) {
        return new DedupConfig(shingleSize, bands, rows, containment, sizeRatio, seed, minRootContainment, numHashes,
                minMemberSizeRatio, minShingles);
    }

    public DedupConfig withBanding(int newBands, int newRows) {
        // the signature keeps its length when the banding fits in it, so dev runs compare like with like
        int hashes = Math.max(numHashes, newBands * newRows);
        return new DedupConfig(shingleSize, newBands, newRows, minContainment, minSizeRatio, seed, minRootContainment,
                hashes, minMemberSizeRatio, minShingles);
    }

    public DedupConfig withRootContainment(double c) {
        return new DedupConfig(shingleSize, bands, rows, minContainment, minSizeRatio, seed, c, numHashes,
                minMemberSizeRatio, minShingles);
    }

    public DedupConfig withMemberSizeRatio(double r) {
        return new DedupConfig(shingleSize, bands, rows, minContainment, minSizeRatio, seed, minRootContainment, numHashes,
                r, minShingles);
    }

    public DedupConfig withMinShingles(int n) {
        return new DedupConfig(shingleSize, bands, rows, minContainment, minSizeRatio, seed, minRootContainment, numHashes,
                minMemberSizeRatio, n);
    }

    public DedupConfig withShingleSize(int k) {
        return new DedupConfig(k, bands, rows, minContainment, minSizeRatio, seed, minRootContainment, numHashes,
                minMemberSizeRatio, minShingles);
    }
}
