package org.marsad.app.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.marsad.app.corpus.NewsCorpora;
import org.marsad.text.lexicon.Lexicon;
import org.marsad.text.lexicon.LexiconBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad train ...}: rebuilds the models and lexicons that ship as resources. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Rebuild a shipped model or lexicon from ../shared/data.",
        subcommands = {TrainCommand.LexiconCommand.class, TrainNerCommand.class})
public final class TrainCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "lexicon", mixinStandardHelpOptions = true,
            description = {
                "Count search-normalized Arabic word forms over the unlabeled news corpora (SaudiNewsNet + ANT,",
                "62k articles) and write the lexicon the segmenter validates its cuts with."
            })
    static final class LexiconCommand implements Callable<Integer> {
        @Mixin
        SharedOption shared;

        @Option(names = "--min-count", defaultValue = "3", description = "keep forms seen at least this often (default: ${DEFAULT-VALUE})")
        int minCount;

        @Option(names = "--output", description = "output file (default: the resource in marsad-text, " + Lexicon.RESOURCE + ")")
        Path output;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Path data = shared.folder();
            Path out = output != null ? output : Path.of(System.getProperty("marsad.home", "."))
                    .resolve("marsad-text/src/main/resources" + Lexicon.RESOURCE);
            LexiconBuilder builder = new LexiconBuilder();
            long t0 = System.nanoTime();
            int articles = NewsCorpora.forEach(data, 0, a -> {
                builder.add(a.title());
                builder.add(a.text());
            });
            Files.createDirectories(out.toAbsolutePath().getParent());
            int kept;
            try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(out), 1 << 16)) {
                kept = builder.write(os, minCount,
                        "marsad-lexicon v1: search-normalized Arabic word counts from " + NewsCorpora.SAUDI + " and " + NewsCorpora.ANT);
            }
            var pw = spec.commandLine().getOut();
            pw.printf("read %d articles, %d Arabic tokens, %d distinct forms; kept %d forms seen >= %d times%n",
                    articles, builder.tokens(), builder.distinctForms(), kept, minCount);
            pw.printf("wrote %s (%d bytes) in %.1f s; rebuild marsad (./marsad does it) to ship it%n",
                    out, Files.size(out), (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }
}
