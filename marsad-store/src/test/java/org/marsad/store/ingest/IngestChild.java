package org.marsad.store.ingest;

import java.nio.file.Path;
import java.util.List;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.index.ArchiveWriter;

/** Runs an ingest in its own JVM so that {@link CrashSafetyTest} can kill it with SIGKILL. Args: DATA COMMIT_EVERY PATH. */
public final class IngestChild {
    private IngestChild() {}

    public static void main(String[] args) throws Exception {
        try (ArchiveWriter w = new ArchiveWriter(new ArchiveLocation(Path.of(args[0])), Integer.parseInt(args[1]), 3600)) {
            new Ingester(null, IngestProgress.NONE).run(List.of(Path.of(args[2])), w);
        }
        System.out.println("done");
    }
}
