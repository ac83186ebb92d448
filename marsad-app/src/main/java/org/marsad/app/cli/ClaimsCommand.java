package org.marsad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.query.ArchiveQueries;
import org.marsad.store.query.ClaimHit;
import org.marsad.store.query.Page;
import org.marsad.store.query.QueryJson;
import org.marsad.store.search.ArchiveSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad claims [--claimant C] [QUERY]}: claimed figures. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {
            "List claimed figures (percentages, money, counts), newest first: by a claimant (--claimant, a name in",
            "any spelling) and whose sentence holds all the words of QUERY."
        })
public final class ClaimsCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "words the claim's sentence must hold")
    String query;

    @Option(names = "--claimant", paramLabel = "C", description = "who claimed the figure")
    String claimant;

    @Option(names = "--data", paramLabel = "DIR", description = "archive folder (default: ./marsad-data)")
    Path data = ArchiveLocation.DEFAULT_DATA;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "claims to show (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "claims to skip (default: ${DEFAULT-VALUE})")
    int offset;

    @Option(names = "--json", description = "print machine-readable JSON")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ArchiveViews.checkLimit(limit);
        if (offset < 0) {
            throw new UserException("--offset must not be negative");
        }
        Page<ClaimHit> page;
        try (ArchiveSearcher s = ArchiveViews.open(data)) {
            page = new ArchiveQueries(s).claims(claimant, query, offset, limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ArchiveViews.printJson(out, QueryJson.page(page, QueryJson::claim));
        } else {
            for (ClaimHit c : page.items()) {
                out.printf(Locale.ROOT, "%s  [%s %s%s]  claimant: %s%n   %s%n   %s · %s · %s%n", c.text(), c.kind(),
                        c.unit(), c.subject() == null ? "" : ", about «" + c.subject() + "»", ArchiveViews.orDash(c.claimant()),
                        ArchiveViews.oneLine(c.sentence()), c.source(), ArchiveViews.orDash(c.published()), c.articleId());
            }
            out.printf(Locale.ROOT, "%d claims shown%s%n", page.items().size(), page.more() ? "; more with --offset " + (offset + limit) : "");
        }
        out.flush();
        return 0;
    }
}
