package org.marsad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.store.backend.ArchiveStore;
import org.marsad.store.search.QuerySyntaxException;
import org.marsad.store.timeline.Timeline;
import org.marsad.store.timeline.archive.ArchiveTimelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad timeline QUERY}: articles per day naming an entity (or matching any query). */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Articles per day that mention an entity or match a query (search syntax), with first, last and peak day.",
            "Example: marsad timeline '\"وزارة الصحة\"'"})
public final class TimelineCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "QUERY", description = "a name or query, as for marsad search")
    String query;

    @Mixin
    StoreOption archive;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Timeline t;
        try (ArchiveStore s = archive.open()) {
            t = new ArchiveTimelines(s.articles()).of(query);
        } catch (QuerySyntaxException | IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (t.isEmpty()) {
            out.println("no dated article matches " + query);
        } else {
            out.printf(Locale.ROOT, "%d articles, first %s, last %s, peak %s%n", t.total(), t.first(), t.last(), t.peak());
            int max = t.countsByDay().values().stream().mapToInt(Integer::intValue).max().orElse(1);
            for (Map.Entry<java.time.LocalDate, Integer> e : t.countsByDay().entrySet()) {
                int bar = Math.max(1, (int) Math.round(40.0 * e.getValue() / max));
                out.printf(Locale.ROOT, "%s %5d %s%n", e.getKey(), e.getValue(), "#".repeat(bar));
            }
        }
        out.flush();
        return 0;
    }
}
