package org.marsad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.store.backend.ArchiveStore;
import org.marsad.store.query.AnnotationLists;
import org.marsad.store.query.Page;
import org.marsad.store.query.QueryJson;
import org.marsad.store.query.QuoteHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    StoreOption archive;

    @Mixin
    PagingOptions paging;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        paging.check();
        Page<QuoteHit> page;
        try (ArchiveStore s = archive.open()) {
            page = new AnnotationLists(s.articles()).quotes(speaker, query, paging.offset, paging.limit);
        }
        paging.print(spec.commandLine().getOut(), page, QueryJson::quote, QuotesCommand::printQuote, "quotes");
        return 0;
    }

    private static void printQuote(PrintWriter out, QuoteHit q) {
        out.printf(Locale.ROOT, "%s%s: «%s»%n   %s · %s · %s%s%n", ArchiveViews.orDash(q.speaker()),
                q.speakerRole() == null ? "" : " (" + q.speakerRole() + ")", ArchiveViews.oneLine(q.text()),
                q.source(), ArchiveViews.orDash(q.published()), q.articleId(), q.title() == null ? "" : " · " + q.title());
    }
}
