package org.marsad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.store.backend.ArchiveStore;
import org.marsad.store.query.EntityViews;
import org.marsad.store.query.EntitySummary;
import org.marsad.store.query.QueryJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad entities [--type T] [QUERY]}: the archive's most named entities. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = {
            "List the archive's entities, most named first, with the articles that name them and their mentions.",
            "QUERY keeps names that hold it as whole words, in any spelling (ى/ي, hamzas, ة/ه)."
        })
public final class EntitiesCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "a name or part of one")
    String query;

    @Option(names = "--type", paramLabel = "T", description = "PER, ORG, LOC or MISC")
    String type;

    @Mixin
    StoreOption archive;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "30", description = "entities to show (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--json", description = "print machine-readable JSON")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ArchiveViews.checkLimit(limit);
        List<EntitySummary> list;
        try (ArchiveStore s = archive.open()) {
            list = new EntityViews(s.entities(), s.articles()).entities(type, query, limit);
        } catch (IllegalArgumentException e) {
            throw new UserException("--type: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ArchiveViews.printJson(out, QueryJson.array(list, QueryJson::entity));
        } else if (list.isEmpty()) {
            out.println("no entities" + (query == null ? "" : " named «" + query + "»")
                    + " (an archive ingested with --no-extract has none)");
        } else {
            out.printf(Locale.ROOT, "%-4s %8s %8s  %s%n", "type", "articles", "mentions", "name");
            for (EntitySummary e : list) {
                out.printf(Locale.ROOT, "%-4s %8d %8d  %s%n", e.type(), e.articles(), e.mentions(), e.name());
            }
        }
        out.flush();
        return 0;
    }
}
