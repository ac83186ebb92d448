package org.marsad.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.marsad.store.summary.ContentTerms;
import org.marsad.store.summary.DocumentFrequencies;
import org.marsad.store.summary.SentenceUnits;
import org.marsad.store.summary.Summarizer;
import org.marsad.store.summary.Summary;
import org.marsad.store.summary.SummaryConfig;
import org.marsad.store.summary.SummarySentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad summarize}: an extractive summary of one article. */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = {"Extractive summary of one article (LexRank centrality + lead position + MMR redundancy removal).",
            "Without FILE, summarizes the bundled sample article. Prints the chosen sentences with their offsets."})
public final class SummarizeCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FILE", description = "UTF-8 text file, or - for standard input")
    String file;

    @Option(names = "--words", description = "word budget (default: a third of the article)")
    Integer words;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String text = InputText.read(file);
        int budget = words != null ? words : Math.max(1, SentenceUnits.words(text) / 3);
        if (budget < 1) {
            throw new UserException("--words must be at least 1");
        }
        // a lone article has no archive behind it: its own lines serve as the documents for IDF
        DocumentFrequencies df = new DocumentFrequencies();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                df.add(ContentTerms.of(line));
            }
        }
        Summary s = new Summarizer(SummaryConfig.DEFAULT, df).summarize(text, budget);
        PrintWriter out = spec.commandLine().getOut();
        for (SummarySentence x : s.sentences()) {
            out.printf("[%d-%d] %s%n", x.start(), x.end(), x.text().replace('\n', ' '));
        }
        out.printf("%n%d sentences, %d words (budget %d)%n", s.sentences().size(), SentenceUnits.words(s.text()), budget);
        out.flush();
        return 0;
    }
}
