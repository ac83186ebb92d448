package org.marsad.opensearch;

import java.io.IOException;

/** A call the cluster refused or never answered; {@link #status()} is the HTTP status, 0 when there was no answer. */
public final class ClusterException extends IOException {
    private final int status;

    public ClusterException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** Worth trying again later: no answer, too many requests, or a node or shard not available. */
    public boolean retryable() {
        return status == 0 || Retry.retryableStatus(status);
    }
}
