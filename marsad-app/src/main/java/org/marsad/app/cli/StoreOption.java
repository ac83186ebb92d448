package org.marsad.app.cli;

import java.io.IOException;
import org.marsad.store.backend.ArchiveStore;
import org.marsad.store.backend.LuceneArchiveStore;
import org.marsad.store.index.ArchiveLocation;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code --data DIR} and {@code --store URL} of the commands that run the same over the embedded
 * archive and a cluster store (a picocli mixin holding {@link ArchiveOption}).
 */
public final class StoreOption {
    @Mixin
    ArchiveOption archive;

    @Option(names = "--store", paramLabel = "URL", description = Stores.STORE_HELP)
    String store;

    /** The cluster store when --store is given, else the embedded archive, with a one-line error when there is none. */
    ArchiveStore open() throws IOException {
        if (store != null) {
            return Stores.cluster(store, null);
        }
        ArchiveLocation location = new ArchiveLocation(archive.data);
        if (!location.exists()) {
            throw new UserException("no archive at " + archive.data.toAbsolutePath().normalize()
                    + " (run marsad ingest first, or pass --data DIR or --store URL)");
        }
        return new LuceneArchiveStore(location);
    }
}
