package org.marsad.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.marsad.store.query.Page;
import org.marsad.store.query.QueryJson;
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

    /**
     * Prints a page of hits: with {@code --json} one JSON object, else each hit as {@code text} writes
     * it and a line saying how many were shown and how to see more.
     */
    <T> void print(PrintWriter out, Page<T> page, Function<T, ObjectNode> json, BiConsumer<PrintWriter, T> text, String what)
            throws IOException {
        if (this.json) {
            ArchiveViews.printJson(out, QueryJson.page(page, json));
        } else {
            page.items().forEach(hit -> text.accept(out, hit));
            out.printf(Locale.ROOT, "%d %s shown%s%n", page.items().size(), what,
                    page.more() ? "; more with --offset " + (offset + limit) : "");
        }
        out.flush();
    }
}
