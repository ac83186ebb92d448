package org.marsad.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.marsad.store.query.Page;
import picocli.CommandLine.Option;

/** {@code --limit}, {@code --offset} and {@code --json} of the commands that list a page of hits (a picocli mixin). */
public final class PagingOptions {
    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "how many to show (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "how many to skip (default: ${DEFAULT-VALUE})")
    int offset;

    @Option(names = "--json", description = "print machine-readable JSON")
    boolean json;

    /** Rejects a limit or offset that cannot page, before the archive is opened. */
    void check() {
        ArchiveViews.checkLimit(limit);
        if (offset < 0) {
            throw new UserException("--offset must not be negative");
        }
    }

    /** The line under a human-readable page: how many were shown and how to see more. */
    void printFooter(PrintWriter out, Page<?> page, String what) {
        out.printf(Locale.ROOT, "%d %s shown%s%n", page.items().size(), what,
                page.more() ? "; more with --offset " + (offset + limit) : "");
    }
}
