package org.marsad.store.bench;

import java.util.Arrays;

/** p50/p99 of per-query latencies and the throughput of a measured round. */
public record LatencyStats(String system, int clients, int queries, double p50Millis, double p99Millis, double qps) {
    static LatencyStats of(String system, int clients, long[] nanos, double wallSeconds) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new LatencyStats(system, clients, sorted.length, percentile(sorted, 0.50) / 1e6,
                percentile(sorted, 0.99) / 1e6, sorted.length / wallSeconds);
    }

    /** Nearest-rank percentile. */
    private static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
