package org.marsad.app.cli;

import java.io.IOException;
import org.marsad.opensearch.BulkSettings;
import org.marsad.opensearch.OpenSearchAddress;
import org.marsad.opensearch.OpenSearchStore;
import org.marsad.opensearch.Retry;

/** Opens the store that {@code --store} names, turning a bad address or a cluster that does not answer into one line. */
final class Stores {
    /** What {@code --store} takes, for help texts. */
    static final String STORE_HELP = "an OpenSearch cluster instead of the embedded archive: opensearch://HOST:PORT[,HOST:PORT...][/INDEX]"
            + " (index default: marsad); --data is then not used";

    private Stores() {}

    static OpenSearchStore cluster(String store, ClusterOptions options) {
        OpenSearchAddress address;
        try {
            address = OpenSearchAddress.parse(store);
        } catch (IllegalArgumentException e) {
            throw new UserException("--store: " + e.getMessage());
        }
        int shards = options == null ? 2 : options.shards;
        int replicas = options == null ? 1 : options.replicas;
        BulkSettings bulk = options == null ? BulkSettings.DEFAULT : options.bulk();
        if (shards < 1 || replicas < 0) {
            throw new UserException("--shards must be at least 1 and --replicas at least 0");
        }
        try {
            return new OpenSearchStore(address, shards, replicas, bulk, Retry.DEFAULT);
        } catch (IOException e) {
            throw new UserException(e.getMessage(), e);
        }
    }
}
