package org.marsad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.store.backend.ArchiveStore;
import org.marsad.store.query.AnnotationLists;
import org.marsad.store.query.ClaimHit;
import org.marsad.store.query.Page;
import org.marsad.store.query.QueryJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    StoreOption archive;

    @Mixin
    PagingOptions paging;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        paging.check();
        Page<ClaimHit> page;
        try (ArchiveStore s = archive.open()) {
            page = new AnnotationLists(s.articles()).claims(claimant, query, paging.offset, paging.limit);
        }
        paging.print(spec.commandLine().getOut(), page, QueryJson::claim, ClaimsCommand::printClaim, "claims");
        return 0;
    }

    private static void printClaim(PrintWriter out, ClaimHit c) {
        out.printf(Locale.ROOT, "%s  [%s %s%s]  claimant: %s%n   %s%n   %s · %s · %s%n", c.text(), c.kind(),
                c.unit(), c.subject() == null ? "" : ", about «" + c.subject() + "»", ArchiveViews.orDash(c.claimant()),
                ArchiveViews.oneLine(c.sentence()), c.source(), ArchiveViews.orDash(c.published()), c.articleId());
    }
}
