package org.marsad.store.summary;

/**
 * Continuous LexRank (Erkan and Radev 2004): the stationary distribution of a random walk over
 * sentences whose transition weights are their pairwise similarities, with teleportation.
 */
public final class LexRank {
    private LexRank() {}

    /**
     * @param sim     symmetric similarity matrix; the diagonal is ignored
     * @param damping probability of following a similarity edge (0.85 is usual)
     * @return centrality of each sentence, summing to 1
     */
    public static double[] centrality(double[][] sim, double damping) {
        int n = sim.length;
        double[] p = new double[n];
        if (n == 0) {
            return p;
        }
        java.util.Arrays.fill(p, 1.0 / n);
        double[] rowSum = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    rowSum[i] += sim[i][j];
                }
            }
        }
        for (int iter = 0; iter < 100; iter++) {
            double[] next = new double[n];
            double dangling = 0;
            for (int i = 0; i < n; i++) {
                if (rowSum[i] == 0) {
                    dangling += p[i];
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    if (i != j && sim[i][j] > 0) {
                        next[j] += p[i] * sim[i][j] / rowSum[i];
                    }
                }
            }
            double delta = 0;
            for (int j = 0; j < n; j++) {
                // a sentence similar to nothing spreads its mass evenly, like teleportation
                double v = (1 - damping) / n + damping * (next[j] + dangling / n);
                delta += Math.abs(v - p[j]);
                next[j] = v;
            }
            p = next;
            if (delta < 1e-9) {
                break;
            }
        }
        return p;
    }
}
