package org.marsad.opensearch;

/**
 * Exponential backoff with a cap: attempt n waits {@code first * 2^n}, at most {@code maxDelayMillis},
 * and gives up after {@code attempts} tries.
 */
public record Retry(int attempts, long firstDelayMillis, long maxDelayMillis) {
    /** About a minute of trying: enough for a node restart or a primary to move. */
    public static final Retry DEFAULT = new Retry(10, 100, 10_000);

    /** The statuses a bulk or a bulk item is retried on: overloaded, or a shard not reachable now. */
    public static boolean retryableStatus(int status) {
        return status == 429 || status == 502 || status == 503 || status == 504;
    }

    /** The wait before retry number {@code retry} (0 for the first retry). */
    public long delayMillis(int retry) {
        long d = firstDelayMillis << Math.min(retry, 30);
        return Math.min(d < 0 ? maxDelayMillis : d, maxDelayMillis);
    }

    void sleep(int retry) throws java.io.InterruptedIOException {
        try {
            Thread.sleep(delayMillis(retry));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting to retry");
        }
    }
}
