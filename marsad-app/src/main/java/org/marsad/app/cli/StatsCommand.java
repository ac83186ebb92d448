package org.marsad.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.search.ArchiveSearcher;
import org.marsad.store.search.ArchiveStats;
import org.marsad.store.search.FacetCount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad stats}: what the archive holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Articles, duplicates, sources, date range and index size of the archive.")
public final class StatsCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "archive folder (default: ./marsad-data)")
    Path data = ArchiveLocation.DEFAULT_DATA;

    @Option(names = "--store", paramLabel = "URL", description = Stores.STORE_HELP)
    String store;

    @Option(names = "--json", description = "print machine-readable JSON")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ArchiveStats st;
        if (store != null) {
            try (org.marsad.store.backend.ArchiveStore s = Stores.cluster(store, null)) {
                st = s.stats();
            } catch (IOException e) {
                throw new UserException(e.getMessage(), e);
            }
        } else try (ArchiveSearcher s = SearchCommand.open(data)) {
            st = ArchiveStats.of(new ArchiveLocation(data), s);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode o = new ObjectMapper().createObjectNode();
            o.put("articles", st.articles());
            o.put("duplicates", st.duplicates());
            o.put("undated", st.undated());
            o.put("first_date", st.firstDate() == null ? null : st.firstDate().toString());
            o.put("last_date", st.lastDate() == null ? null : st.lastDate().toString());
            o.put("index_bytes", st.indexBytes());
            ObjectNode src = o.putObject("sources");
            st.sources().forEach(f -> src.put(f.value(), f.count()));
            out.println(o);
        } else {
            out.printf(Locale.ROOT, "archive:    %s%n", store != null ? store : data.toAbsolutePath().normalize());
            out.printf(Locale.ROOT, "articles:   %,d (%,d without a date)%n", st.articles(), st.undated());
            out.printf(Locale.ROOT, "duplicates: %,d recorded (same body as an article from another source)%n", st.duplicates());
            out.printf(Locale.ROOT, "dates:      %s .. %s%n", st.firstDate() == null ? "-" : st.firstDate(),
                    st.lastDate() == null ? "-" : st.lastDate());
            out.printf(Locale.ROOT, "index size: %.1f MB%n", st.indexBytes() / 1e6);
            out.printf(Locale.ROOT, "sources:    %,d%n", st.sources().size());
            for (FacetCount f : st.sources()) {
                out.printf(Locale.ROOT, "  %-30s %,8d%n", f.value(), f.count());
            }
        }
        out.flush();
        return 0;
    }
}
