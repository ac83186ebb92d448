package org.marsad.extract.ner;

import java.util.Arrays;
import java.util.Random;

/**
 * Top-down spherical k-means: all points into {@code top} groups, each group into {@code mid}, each
 * of those into {@code low}. Splitting small groups keeps the cost near {@code n * (top + mid + low)}
 * distance computations per iteration instead of {@code n * top * mid * low} for a flat clustering.
 */
final class HierarchicalKMeans {
    private final ClusterLearner.Config config;
    private final Random random;

    HierarchicalKMeans(ClusterLearner.Config config) {
        this.config = config;
        this.random = new Random(config.seed() + 1);
    }

    /** The leaf of every point ({@code n} unit vectors of {@code dim} floats, row-major). */
    int[] cluster(float[] points, int n, int dim) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        int[] leaf = new int[n];
        int[] top = kmeans(points, dim, all, config.top());
        for (int t = 0; t < config.top(); t++) {
            int[] inTop = members(all, top, t);
            int[] mid = kmeans(points, dim, inTop, config.mid());
            for (int m = 0; m < config.mid(); m++) {
                int[] inMid = members(inTop, mid, m);
                int[] low = kmeans(points, dim, inMid, config.low());
                for (int k = 0; k < inMid.length; k++) {
                    leaf[inMid[k]] = (t * config.mid() + m) * config.low() + low[k];
                }
            }
        }
        return leaf;
    }

    private static int[] members(int[] points, int[] assignment, int group) {
        int count = 0;
        for (int a : assignment) {
            if (a == group) {
                count++;
            }
        }
        int[] out = new int[count];
        int k = 0;
        for (int i = 0; i < points.length; i++) {
            if (assignment[i] == group) {
                out[k++] = points[i];
            }
        }
        return out;
    }

    /** Assignments of {@code subset} (indices into points) to {@code k} groups. */
    private int[] kmeans(float[] points, int dim, int[] subset, int k) {
        int n = subset.length;
        int[] assign = new int[n];
        if (n <= k) {
            for (int i = 0; i < n; i++) {
                assign[i] = i;
            }
            return assign;
        }
        float[] centers = seeds(points, dim, subset, k);
        for (int iter = 0; iter < config.iterations(); iter++) {
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                int best = nearest(points, subset[i] * dim, centers, k, dim);
                if (best != assign[i] || iter == 0) {
                    changed |= best != assign[i];
                    assign[i] = best;
                }
            }
            if (iter > 0 && !changed) {
                break;
            }
            Arrays.fill(centers, 0f);
            int[] sizes = new int[k];
            for (int i = 0; i < n; i++) {
                sizes[assign[i]]++;
                int p = subset[i] * dim;
                int c = assign[i] * dim;
                for (int d = 0; d < dim; d++) {
                    centers[c + d] += points[p + d];
                }
            }
            for (int c = 0; c < k; c++) {
                if (sizes[c] == 0) {
                    // an empty group restarts at a random point, so all k groups stay in use
                    System.arraycopy(points, subset[random.nextInt(n)] * dim, centers, c * dim, dim);
                } else {
                    float[] v = Arrays.copyOfRange(centers, c * dim, (c + 1) * dim);
                    ClusterLearner.normalize(v);
                    System.arraycopy(v, 0, centers, c * dim, dim);
                }
            }
        }
        return assign;
    }

    /** k-means++ seeding on cosine distance. */
    private float[] seeds(float[] points, int dim, int[] subset, int k) {
        int n = subset.length;
        float[] centers = new float[k * dim];
        System.arraycopy(points, subset[random.nextInt(n)] * dim, centers, 0, dim);
        double[] dist = new double[n];
        Arrays.fill(dist, Double.MAX_VALUE);
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                double d = 1 - dot(points, subset[i] * dim, centers, (c - 1) * dim, dim);
                dist[i] = Math.min(dist[i], Math.max(0, d));
                total += dist[i];
            }
            double r = random.nextDouble() * total;
            int pick = n - 1;
            for (int i = 0; i < n; i++) {
                r -= dist[i];
                if (r <= 0) {
                    pick = i;
                    break;
                }
            }
            System.arraycopy(points, subset[pick] * dim, centers, c * dim, dim);
        }
        return centers;
    }

    private static int nearest(float[] points, int p, float[] centers, int k, int dim) {
        int best = 0;
        float bestDot = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            float s = dot(points, p, centers, c * dim, dim);
            if (s > bestDot) {
                bestDot = s;
                best = c;
            }
        }
        return best;
    }

    private static float dot(float[] a, int ai, float[] b, int bi, int dim) {
        float s = 0;
        for (int d = 0; d < dim; d++) {
            s += a[ai + d] * b[bi + d];
        }
        return s;
    }
}
