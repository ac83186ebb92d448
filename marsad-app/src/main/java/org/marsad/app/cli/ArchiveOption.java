package org.marsad.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.search.ArchiveSearcher;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option of the commands that read an archive (a picocli mixin). */
public final class ArchiveOption {
    @Option(names = "--data", paramLabel = "DIR", description = "archive folder (default: ./marsad-data)")
    Path data = ArchiveLocation.DEFAULT_DATA;

    /** Opens the archive for reading, with a one-line error when there is none. */
    ArchiveSearcher open() throws IOException {
        return SearchCommand.open(data);
    }
}
