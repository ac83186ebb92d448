package org.marsad.opensearch;

/**
 * Bounds of bulk indexing: a bulk is sent when it holds {@code maxDocs} documents or
 * {@code maxBytes} bytes, and at most {@code inFlight} bulks are on their way at once; the
 * ingesting thread waits when all are busy, so memory stays bounded whatever the input size.
 */
public record BulkSettings(int maxDocs, long maxBytes, int inFlight) {
    public static final BulkSettings DEFAULT = new BulkSettings(500, 5L << 20, 2);

    public BulkSettings {
        if (maxDocs < 1 || maxBytes < 1 || inFlight < 1) {
            throw new IllegalArgumentException("bulk bounds must be positive: " + maxDocs + " docs, " + maxBytes
                    + " bytes, " + inFlight + " in flight");
        }
    }
}
