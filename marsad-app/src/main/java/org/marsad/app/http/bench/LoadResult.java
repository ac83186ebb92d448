package org.marsad.app.http.bench;

import java.util.Arrays;

/** What one load phase measured: latencies of the successful requests, errors, wall time. */
public record LoadResult(int clients, long[] latencyNanos, long errors, double seconds, String firstError) {
    public long requests() {
        return latencyNanos.length + errors;
    }

    /** The q-quantile (0..1) of the latencies in milliseconds, nearest rank. */
    public double quantileMillis(double q) {
        if (latencyNanos.length == 0) {
            return Double.NaN;
        }
        long[] sorted = latencyNanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
    }

    public double throughput() {
        return requests() / seconds;
    }
}
