package org.marsad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.store.backend.ArchiveStore;
import org.marsad.store.search.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad copies ID}: the other articles of an article's near-duplicate group. */
@Command(name = "copies", mixinStandardHelpOptions = true,
        description = "List the copies of an article (its near-duplicate group: the original, edited copies and exact duplicates).")
public final class CopiesCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "an article id, as search prints it")
    String id;

    @Mixin
    StoreOption archive;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (ArchiveStore s = archive.open()) {
            List<SearchHit> copies = s.copiesOf(id);
            out.printf(Locale.ROOT, "%d other article(s) in the group of %s%n", copies.size(), id);
            for (SearchHit h : copies) {
                out.printf(Locale.ROOT, "  %s · %s · %s · %s%n", h.id(), h.source(),
                        h.published() == null ? "no date" : h.published(), h.title() == null ? "(untitled)" : h.title());
            }
        }
        out.flush();
        return 0;
    }
}
