package org.marsad.app.cli;

import org.marsad.opensearch.BulkSettings;
import picocli.CommandLine.Option;

/** How a new cluster index is laid out and how ingest feeds it: only read with {@code --store opensearch://...}. */
public final class ClusterOptions {
    @Option(names = "--shards", paramLabel = "N", defaultValue = "2",
            description = "with --store: primary shards of a new index (default: ${DEFAULT-VALUE})")
    int shards;

    @Option(names = "--replicas", paramLabel = "N", defaultValue = "1",
            description = "with --store: replicas of each shard of a new index (default: ${DEFAULT-VALUE})")
    int replicas;

    @Option(names = "--bulk-docs", paramLabel = "N", defaultValue = "500",
            description = "with --store: articles per bulk request at most (default: ${DEFAULT-VALUE})")
    int bulkDocs;

    @Option(names = "--bulk-mb", paramLabel = "MB", defaultValue = "5",
            description = "with --store: megabytes per bulk request at most (default: ${DEFAULT-VALUE})")
    int bulkMb;

    @Option(names = "--bulk-in-flight", paramLabel = "K", defaultValue = "2",
            description = "with --store: bulk requests under way at once; reading waits when all are (default: ${DEFAULT-VALUE})")
    int inFlight;

    BulkSettings bulk() {
        try {
            return new BulkSettings(bulkDocs, (long) bulkMb << 20, inFlight);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }
}
