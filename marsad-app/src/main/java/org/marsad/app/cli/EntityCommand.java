package org.marsad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.store.backend.ArchiveStore;
import org.marsad.store.query.EntityViews;
import org.marsad.store.query.ClaimHit;
import org.marsad.store.query.DayCount;
import org.marsad.store.query.EntityProfile;
import org.marsad.store.query.QueryJson;
import org.marsad.store.query.QuoteHit;
import org.marsad.store.search.EntityCount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad entity NAME}: one entity across the archive. */
@Command(name = "entity", mixinStandardHelpOptions = true,
        description = {
            "One entity across the archive: articles and mentions per day, the entities named with it, its quotes,",
            "quotes by others that name it, and the figures it claimed. NAME is its canonical name in any spelling",
            "(every type it was tagged as), or a key TYPE/NAME from marsad entities --json."
        })
public final class EntityCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "canonical name, or TYPE/NAME")
    String name;

    @Mixin
    StoreOption archive;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "items per list (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--json", description = "print machine-readable JSON")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ArchiveViews.checkLimit(limit);
        if (name.isBlank()) {
            throw new UserException("NAME is empty: give an entity's name, e.g. marsad entity العراق (marsad entities lists them)");
        }
        EntityProfile p;
        try (ArchiveStore s = archive.open()) {
            p = new EntityViews(s.entities(), s.articles()).entity(name, limit);
        }
        if (p == null) {
            // a pasted paragraph is echoed by its start only
            String shown = name.length() > 80 ? name.substring(0, 80) + "…" : name;
            throw new UserException("no entity named «" + shown + "» in the archive (marsad entities QUERY lists names holding QUERY)");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ArchiveViews.printJson(out, QueryJson.profile(p));
            out.flush();
            return 0;
        }
        out.printf(Locale.ROOT, "%s  %s: %,d articles, %,d mentions%n", p.name(), p.types(), p.articles(), p.mentions());
        out.println();
        out.println("mentions by day (articles / mentions):");
        for (DayCount d : p.timeline()) {
            out.printf(Locale.ROOT, "  %s  %4d  %5d%n", d.day(), d.articles(), d.mentions());
        }
        out.println();
        out.println("named with it (articles):");
        for (EntityCount c : p.cooccurring()) {
            out.printf(Locale.ROOT, "  %-4s %5d  %s%n", c.type(), c.count(), c.name());
        }
        printQuotes(out, "quotes by it:", p.quotesBy());
        printQuotes(out, "quotes about it:", p.quotesAbout());
        out.println();
        out.println("figures it claimed:");
        for (ClaimHit c : p.claimsBy()) {
            out.printf(Locale.ROOT, "  %s  %s  (%s, %s)%n", c.text(), ArchiveViews.oneLine(c.sentence()), c.source(),
                    ArchiveViews.orDash(c.published()));
        }
        out.flush();
        return 0;
    }

    static void printQuotes(PrintWriter out, String heading, java.util.List<QuoteHit> quotes) {
        out.println();
        out.println(heading);
        for (QuoteHit q : quotes) {
            out.printf(Locale.ROOT, "  %s: «%s»  (%s, %s, %s)%n", ArchiveViews.orDash(q.speaker()), ArchiveViews.oneLine(q.text()),
                    q.source(), ArchiveViews.orDash(q.published()), q.articleId());
        }
    }
}
