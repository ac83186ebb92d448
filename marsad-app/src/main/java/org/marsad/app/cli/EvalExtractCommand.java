package org.marsad.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.extract.doc.Doc;
import org.marsad.extract.eval.ExtractScores;
import org.marsad.extract.eval.GivenEntities;
import org.marsad.extract.eval.GoldArticle;
import org.marsad.extract.eval.GoldReader;
import org.marsad.extract.eval.NaiveBaseline;
import org.marsad.extract.eval.Predicted;
import org.marsad.extract.ner.EntityTagger;
import org.marsad.extract.pipeline.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad eval extract}: entities, quotes, speakers, claims and dates on hand-annotated articles. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {
            "Score the extractors on articles written and annotated by hand for marsad (shipped as resources):",
            "entities (exact span+type P/R/F1), quotes (P/R/F1 at >= 50%% overlap, exact spans, speaker accuracy),",
            "claims (exact-span P/R/F1, value+unit and claimant accuracy) and dates (exact-span P/R/F1, value accuracy).",
            "Rows: marsad with the NER tagger, marsad given the gold entities (no NER errors), and a naive baseline",
            "(quote marks + nearest person, number + next word, day-month regex) on the same NER entities.",
            "The test set was written first and is never tuned on; the dev set is the one looked at while developing."
        })
public final class EvalExtractCommand implements Callable<Integer> {
    static final String TEST = "/org/marsad/extract/eval/extract-test.json";
    static final String DEV = "/org/marsad/extract/eval/extract-dev.json";

    @Option(names = "--set", defaultValue = "test", description = "test (default), dev, or a JSON file in the same format")
    String set;

    @Option(names = "--ner-model", paramLabel = "FILE", description = "NER model file (default: the shipped model)")
    Path nerModel;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<GoldArticle> gold = load(set);
        EntityTagger tagger = Extraction.tagger(nerModel);
        Extractor marsad = new Extractor(tagger);
        ExtractScores withNer = new ExtractScores();
        ExtractScores withGold = new ExtractScores();
        ExtractScores baseline = new ExtractScores();
        for (GoldArticle a : gold) {
            Doc doc = marsad.extract(a.text(), a.date());
            withNer.add(a, Predicted.of(doc));
            baseline.add(a, NaiveBaseline.predict(doc));
            withGold.add(a, Predicted.of(new Extractor(new GivenEntities(a)).extract(a.text(), a.date())));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("marsad eval extract: %s set, %d hand-written articles (%s)%n", set, gold.size(),
                set.equals("test") ? "written before development, never tuned on" : set.equals("dev") ? "tuned on: optimistic" : "user file");
        out.printf("%nentities (NER tagger, exact span+type)%n  %-28s %s%n", "marsad NER", withNer.entities);
        out.printf("%nquotes (match = spans overlap >= 50%% of the longer)%n");
        quotes(out, "marsad (NER entities)", withNer);
        quotes(out, "marsad (gold entities)", withGold);
        quotes(out, "naive baseline (NER ent.)", baseline);
        out.printf("%nclaims (exact span)%n");
        claims(out, "marsad (NER entities)", withNer);
        claims(out, "marsad (gold entities)", withGold);
        claims(out, "naive baseline", baseline);
        out.printf("%ndates (exact span)%n");
        dates(out, "marsad", withNer);
        dates(out, "naive baseline", baseline);
        out.flush();
        return 0;
    }

    private static void quotes(PrintWriter out, String name, ExtractScores s) {
        out.printf("  %-28s %s%n  %-28s exact spans %s, speaker accuracy %s of matched%n", name, s.quotes, "",
                ExtractScores.pct(s.quotesExact, s.quotes.matched()), ExtractScores.pct(s.speakersRight, s.quotes.matched()));
    }

    private static void claims(PrintWriter out, String name, ExtractScores s) {
        out.printf("  %-28s %s%n  %-28s value+unit right %s, claimant right %s of matched%n", name, s.claims, "",
                ExtractScores.pct(s.claimValuesRight, s.claims.matched()), ExtractScores.pct(s.claimantsRight, s.claims.matched()));
    }

    private static void dates(PrintWriter out, String name, ExtractScores s) {
        out.printf("  %-28s %s%n  %-28s value right %s of matched%n", name, s.dates, "",
                ExtractScores.pct(s.dateValuesRight, s.dates.matched()));
    }

    private static List<GoldArticle> load(String set) {
        try {
            return switch (set) {
                case "test" -> GoldReader.resource(TEST);
                case "dev" -> GoldReader.resource(DEV);
                default -> {
                    try (var in = java.nio.file.Files.newInputStream(Path.of(set))) {
                        yield GoldReader.read(in, set);
                    }
                }
            };
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserException(set + ": no such file (use --set test, --set dev or a JSON file)");
        } catch (java.io.IOException e) {
            throw new UserException(set + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
    }

    static List<GoldArticle> all() {
        List<GoldArticle> out = new ArrayList<>(GoldReader.resource(TEST));
        out.addAll(GoldReader.resource(DEV));
        return out;
    }
}
