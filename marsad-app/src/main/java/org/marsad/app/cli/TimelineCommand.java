package org.marsad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.search.ArchiveSearcher;
import org.marsad.store.search.QuerySyntaxException;
import org.marsad.store.timeline.Timeline;
import org.marsad.store.timeline.archive.ArchiveTimelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad timeline QUERY}: articles per day naming an entity (or matching any query). */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Articles per day that mention an entity or match a query (search syntax), with first, last and peak day.",
            "Example: marsad timeline '\"وزارة الصحة\"'"})
public final class TimelineCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "QUERY", description = "a name or query, as for marsad search")
    String query;

    @Option(names = "--data", paramLabel = "DIR", description = "archive folder (default: ./marsad-data)")
    Path data = ArchiveLocation.DEFAULT_DATA;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Timeline t;
        try (ArchiveSearcher s = SearchCommand.open(data)) {
            t = new ArchiveTimelines(s.searcher()).of(query);
        } catch (QuerySyntaxException e) {
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
