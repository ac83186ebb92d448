package org.marsad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.marsad.app.corpus.SharedData;
import org.marsad.app.eval.LuceneLight10Stemmer;
import org.marsad.text.eval.BamaTables;
import org.marsad.text.eval.ConflationErrors;
import org.marsad.text.eval.ConflationScore;
import org.marsad.text.eval.ConflationSet;
import org.marsad.text.eval.ConflationSetBuilder;
import org.marsad.text.eval.PairwiseConflation;
import org.marsad.text.eval.SegmenterTuning;
import org.marsad.text.eval.Split;
import org.marsad.text.lexicon.Lexicon;
import org.marsad.text.normalize.ArabicNormalizer;
import org.marsad.text.segment.ArabicSegmenter;
import org.marsad.text.segment.SegmenterConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad eval stemming}: pairwise conflation precision and recall of marsad's segmenter and of
 * Lucene's light10 ({@code ArabicAnalyzer}) on word forms whose lemmas BAMA 1.0 knows.
 *
 * <p>The test: every form BAMA generates for a lemma (compatible prefix + stem + suffix), search
 * normalized and attested in the news lexicon ({@link ConflationSetBuilder}). Over all pairs of
 * distinct forms of the split, a pair is related when the two forms share a lemma (a homograph is a
 * form of all its lemmas, so it may rightly meet any of them) and conflated when a stemmer gives both
 * the same stem; precision is the share of conflated pairs that are related, recall the share of
 * related pairs that are conflated ({@link PairwiseConflation}). Two golds are printed: lemma groups
 * (the main one: lemmas of one base together, a nisba adjective with its noun, {@link
 * org.marsad.text.eval.NisbaGroups}) and strict BAMA lemmas. Lemma groups are split into dev and
 * test halves by a hash ({@link Split}); {@code --tune} and {@code --errors} only run on dev. Both
 * stemmers get the same search-normalized form (Lucene's own normalizer then changes nothing but
 * gains our ؤ/ئ folding), and no stop words are removed, so every form has a stem to compare.
 */
@Command(name = "stemming", mixinStandardHelpOptions = true,
        description = {
            "Stem conflation precision/recall: marsad segmenter vs Lucene light10.",
            "Word forms of BAMA 1.0 lemmas (../shared/data/buckwalter-bama) attested in the news lexicon.",
            "Over pairs of forms: related = share a lemma, conflated = same stem;",
            "precision = related conflated / conflated, recall = related conflated / related."
        })
public final class EvalStemmingCommand implements Callable<Integer> {
    static final String BAMA = "buckwalter-bama";

    @Mixin
    SharedOption shared;

    @Option(names = "--split", defaultValue = "test", description = "dev or test (default: ${DEFAULT-VALUE}); tune on dev only")
    String split;

    @Option(names = "--tune", description = "sweep SegmenterConfig thresholds on the dev split and print the best")
    boolean tune;

    @Option(names = "--errors", defaultValue = "0", paramLabel = "N", description = "print the N lemmas losing most pairs and the N stems merging most (dev split only)")
    int errors;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Split chosen = parseSplit();
        if ((tune || errors > 0) && chosen != Split.DEV) {
            throw new UserException("--tune and --errors look at the data to improve the segmenter: use them with --split dev only");
        }
        Path dir = SharedData.require(shared.folder(), BAMA);
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        BamaTables bama = BamaTables.read(dir);
        Lexicon lexicon = Lexicon.bundled();
        ConflationSet all = new ConflationSetBuilder(bama, ArabicNormalizer.search()).build(lexicon);
        ConflationSet strict = all.restrict(chosen);
        ConflationSet set = ConflationSetBuilder.grouped(strict, bama.lemmas());
        out.printf(Locale.ROOT, "Conflation test: BAMA 1.0 (%s: %,d lemmas, %,d stems) x news lexicon (%,d forms seen >= 3 times)%n",
                dir, bama.lemmas().size(), bama.stems().size(), lexicon.size());
        out.printf(Locale.ROOT, "split %s: %,d attested forms of %,d lemma groups (%,d BAMA lemmas; all splits: %,d forms); built in %.1f s%n",
                chosen.name().toLowerCase(Locale.ROOT), set.size(), set.lemmasUsed(), strict.lemmasUsed(), all.size(),
                (System.nanoTime() - t0) / 1e9);

        if (tune) {
            return tune(out, set, lexicon);
        }
        ArabicSegmenter ours = ArabicSegmenter.standard();
        String[] oursStems = stems(set, ours::stem);
        String[] light10Stems;
        try (LuceneLight10Stemmer light10 = new LuceneLight10Stemmer()) {
            light10Stems = stems(set, light10);
        }
        for (int i = 0; i < light10Stems.length; i++) {
            if (light10Stems[i].isEmpty() || light10Stems[i].indexOf(' ') >= 0) {
                throw new IllegalStateException("light10 did not give one term for " + set.form(i) + ": '" + light10Stems[i] + "'");
            }
        }
        String[] identity = stems(set, Function.identity());
        out.println();
        out.println("Gold = lemma groups: BAMA lemmas with the same base (sense numbers dropped), nisba adjective joined to its noun (لبناني→لبنان)");
        printTable(out, List.of(
                new Row("marsad segmenter " + describe(ours.config()), PairwiseConflation.score(set, oursStems)),
                new Row("lucene light10 (ArabicAnalyzer)", PairwiseConflation.score(set, light10Stems)),
                new Row("no stemming (reference)", PairwiseConflation.score(set, identity))));
        out.println();
        out.println("Gold = strict BAMA lemmas (a nisba and its noun count as different words)");
        printTable(out, List.of(
                new Row("marsad segmenter " + describe(ours.config()), PairwiseConflation.score(strict, oursStems)),
                new Row("lucene light10 (ArabicAnalyzer)", PairwiseConflation.score(strict, light10Stems)),
                new Row("no stemming (reference)", PairwiseConflation.score(strict, identity))));
        out.println();
        out.println("Pairs of distinct forms: related = share a lemma (group); conflated = same stem; correct = both.");
        out.println("precision = correct / conflated, recall = correct / related. Both stemmers get the same search-normalized form.");
        if (errors > 0) {
            ConflationErrors.print(out, set, oursStems, errors);
        }
        out.flush();
        return 0;
    }

    private Split parseSplit() {
        try {
            return Split.valueOf(split.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserException("--split must be dev or test, not '" + split + "'");
        }
    }

    private record Row(String name, ConflationScore score) {}

    private static void printTable(PrintWriter out, List<Row> rows) {
        out.printf(Locale.ROOT, "%-78s %9s %7s %7s %12s %12s %8s%n", "stemmer", "precision", "recall", "F1",
                "conflated", "correct", "stems");
        for (Row r : rows) {
            ConflationScore s = r.score();
            out.printf(Locale.ROOT, "%-78s %9.4f %7.4f %7.4f %,12d %,12d %,8d%n", r.name(), s.precision(), s.recall(),
                    s.f1(), s.conflatedPairs(), s.correctPairs(), s.stems());
        }
        out.printf(Locale.ROOT, "related pairs: %,d%n", rows.get(0).score().relatedPairs());
    }

    static String describe(SegmenterConfig c) {
        return String.format(Locale.ROOT, "(min %d, art %.2f, letter %.1f, stack %.0f, suffix %.2f, ambiguous %.2f, verb %.0f)",
                c.minFrequency(), c.articleRatio(), c.letterRatio(), c.stackRatio(), c.suffixRatio(), c.ambiguousSuffixRatio(),
                c.verbPrefixRatio());
    }

    private int tune(PrintWriter out, ConflationSet dev, Lexicon lexicon) {
        ConflationScore light10;
        try (LuceneLight10Stemmer stemmer = new LuceneLight10Stemmer()) {
            light10 = PairwiseConflation.score(dev, stemmer);
        }
        List<SegmenterTuning.Trial> trials = SegmenterTuning.sweep(dev, lexicon, SegmenterTuning.grid(), out);
        out.printf(Locale.ROOT, "lucene light10 on dev: P %.4f R %.4f F1 %.4f%n", light10.precision(), light10.recall(), light10.f1());
        SegmenterTuning.Trial chosen = SegmenterTuning.bestAtLeastAsPrecise(trials, light10.precision());
        if (chosen == null) {
            out.println("no config is at least as precise as light10 on dev");
        } else {
            out.printf(Locale.ROOT, "best F1 with precision >= light10's: %s P %.4f R %.4f F1 %.4f%n", describe(chosen.config()),
                    chosen.score().precision(), chosen.score().recall(), chosen.score().f1());
        }
        out.println("best by F1 on dev, any precision (top 10):");
        for (int i = 0; i < Math.min(10, trials.size()); i++) {
            SegmenterTuning.Trial t = trials.get(i);
            out.printf(Locale.ROOT, "  %-78s P %.4f R %.4f F1 %.4f%n", describe(t.config()), t.score().precision(),
                    t.score().recall(), t.score().f1());
        }
        SegmenterTuning.Trial current = SegmenterTuning.sweep(dev, lexicon, List.of(SegmenterConfig.DEFAULT), null).get(0);
        out.printf(Locale.ROOT, "current default: %s P %.4f R %.4f F1 %.4f%n", describe(SegmenterConfig.DEFAULT),
                current.score().precision(), current.score().recall(), current.score().f1());
        out.flush();
        return 0;
    }

    private static String[] stems(ConflationSet set, Function<String, String> stemmer) {
        String[] stems = new String[set.size()];
        for (int i = 0; i < stems.length; i++) {
            stems[i] = stemmer.apply(set.form(i));
        }
        return stems;
    }
}
