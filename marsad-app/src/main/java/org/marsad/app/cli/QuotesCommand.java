package org.marsad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.query.ArchiveQueries;
import org.marsad.store.query.Page;
import org.marsad.store.query.QueryJson;
import org.marsad.store.query.QuoteHit;
import org.marsad.store.search.ArchiveSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad quotes [--speaker S] [QUERY]}: who said what. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {
            "List quotes, newest first: by a speaker (--speaker, a name in any spelling, also part of a longer name)",
            "and holding all the words of QUERY (spelling variants and clitics folded, as in search)."
        })
public final class QuotesCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "words the quote must hold")
    String query;

    @Option(names = "--speaker", paramLabel = "S", description = "the speaker's name")
    String speaker;

    @Option(names = "--data", paramLabel = "DIR", description = "archive folder (default: ./marsad-data)")
    Path data = ArchiveLocation.DEFAULT_DATA;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "quotes to show (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "quotes to skip (default: ${DEFAULT-VALUE})")
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
        Page<QuoteHit> page;
        try (ArchiveSearcher s = ArchiveViews.open(data)) {
            page = new ArchiveQueries(s).quotes(speaker, query, offset, limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ArchiveViews.printJson(out, QueryJson.page(page, QueryJson::quote));
        } else {
            for (QuoteHit q : page.items()) {
                out.printf(Locale.ROOT, "%s%s: «%s»%n   %s · %s · %s%s%n", ArchiveViews.orDash(q.speaker()),
                        q.speakerRole() == null ? "" : " (" + q.speakerRole() + ")", ArchiveViews.oneLine(q.text()),
                        q.source(), ArchiveViews.orDash(q.published()), q.articleId(), q.title() == null ? "" : " · " + q.title());
            }
            out.printf(Locale.ROOT, "%d quotes shown%s%n", page.items().size(), page.more() ? "; more with --offset " + (offset + limit) : "");
        }
        out.flush();
        return 0;
    }
}
