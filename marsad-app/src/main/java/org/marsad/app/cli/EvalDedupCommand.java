package org.marsad.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.app.corpus.NewsCorpora;
import org.marsad.store.dedup.DedupConfig;
import org.marsad.store.dedup.eval.DedupEvaluation;
import org.marsad.store.dedup.eval.EvalArticle;
import org.marsad.store.dedup.eval.Throughput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad eval dedup}: near-duplicate precision/recall and throughput, against exact hashing. */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = {
            "Near-duplicate detection on SaudiNewsNet + ANT (62k articles) against exact hashing, in one run.",
            "Gold: pairs whose shorter text is >= 80%% covered by shared word 5-grams and >= 40%% as long as the other",
            "(< 50%% or < 30%%: different; between: ambiguous, left out), plus synthetic edited copies.",
            "Split by day of month: odd days are the test split (reported), even days the dev split (tuning)."
        })
public final class EvalDedupCommand implements Callable<Integer> {
    @Mixin
    SharedOption shared;

    @Option(names = "--split", defaultValue = "test", description = "test (odd days, default) or dev (even days)")
    String split;

    @Option(names = "--limit", defaultValue = "0", description = "read only the first N articles (0: all)")
    int limit;

    @Option(names = "--synthetic", defaultValue = "1000", description = "synthetic edited copies to add (default: ${DEFAULT-VALUE})")
    int synthetic;

    @Option(names = "--seed", defaultValue = "42", description = "seed of the synthetic edits")
    long seed;

    @Option(names = "--examples", defaultValue = "0",
            description = "print N examples of gold copies, false positives and misses; a false positive shows the "
                    + "gold coverage and length ratio, the shingle containment and, when neither article is the "
                    + "group's first, the first article both were linked to")
    int examples;

    @Option(names = "--no-throughput", description = "skip the throughput passes over all articles")
    boolean noThroughput;

    @Option(names = "--containment", description = "override the containment threshold (dev tuning)")
    Double containment;

    @Option(names = "--root-containment", description = "override the containment needed with the group's first article (dev tuning)")
    Double rootContainment;

    @Option(names = "--member-size-ratio", description = "override the size ratio below which a copy counts as different from a group member (dev tuning)")
    Double memberSizeRatio;

    @Option(names = "--min-shingles", description = "override the shingle count below which only identical texts are copies (dev tuning)")
    Integer minShingles;

    @Option(names = "--bands", description = "override LSH bands (dev tuning)")
    Integer bands;

    @Option(names = "--rows", description = "override LSH rows per band (dev tuning)")
    Integer rows;

    @Option(names = "--shingle", description = "override the shingle size in words (dev tuning)")
    Integer shingle;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!split.equals("test") && !split.equals("dev")) {
            throw new UserException("--split must be test or dev, got " + split);
        }
        DedupConfig config = DedupConfig.DEFAULT;
        if (containment != null) {
            config = config.withThresholds(containment, config.minSizeRatio());
        }
        if (bands != null || rows != null) {
            config = config.withBanding(bands == null ? config.bands() : bands, rows == null ? config.rows() : rows);
        }
        if (rootContainment != null) {
            config = config.withRootContainment(rootContainment);
        }
        if (memberSizeRatio != null) {
            config = config.withMemberSizeRatio(memberSizeRatio);
        }
        if (minShingles != null) {
            config = config.withMinShingles(minShingles);
        }
        if (shingle != null) {
            config = config.withShingleSize(shingle);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path data = shared.folder();
        List<EvalArticle> all = new ArrayList<>();
        NewsCorpora.forEach(data, limit, a -> all.add(new EvalArticle(a.id(), a.title(), a.text(), CorpusTime.day(a))));
        int parity = split.equals("test") ? 1 : 0;
        List<EvalArticle> part = all.stream().filter(a -> a.day().getDayOfMonth() % 2 == parity).toList();
        out.printf("config: shingles of %d words, %d bands x %d rows, containment >= %.2f, size ratio >= %.2f, "
                + "with the group's first >= %.2f; a member is plainly different below containment %.2f or size "
                + "ratio %.2f; under %d shingles only the same shingles%n", config.shingleSize(), config.bands(),
                config.rows(), config.minContainment(), config.minSizeRatio(), config.minRootContainment(),
                config.minRootContainment(), config.minMemberSizeRatio(), config.minShingles());
        out.printf("%s split: %d of %d articles (%s days), + %d synthetic copies (seed %d)%n", split, part.size(),
                all.size(), parity == 1 ? "odd" : "even", synthetic, seed);
        out.flush();
        DedupEvaluation.Result r = DedupEvaluation.run(part, config, synthetic, seed, examples);
        out.printf("gold: %d corpus copy pairs, %d synthetic pairs; %d ambiguous pairs left out; %d near-miss negatives%n",
                r.ours().goldCorpusPairs(), r.ours().goldSyntheticPairs(), r.goldAmbiguous(), r.nearMisses());
        out.printf("%-32s %9s %9s %9s %9s %9s %9s %10s%n", "method", "P", "R", "R-corpus", "R-synth", "pairs", "FP",
                "nearMiss+");
        for (DedupEvaluation.Scores s : List.of(r.ours(), r.exact())) {
            out.printf("%-32s %9.4f %9.4f %9.4f %9.4f %9d %9d %10d%n", s.method(), s.precision(), s.recall(),
                    s.corpusRecall(), s.syntheticRecall(), s.predictedPairs(), s.falsePositives(), s.nearMissesMerged());
        }
        out.println("(pairs: predicted same-group pairs; FP: of them judged different by the gold; nearMiss+: "
                + "near-miss negatives put in one group)");
        for (DedupEvaluation.Example e : r.examples()) {
            out.printf("%n[%s] gold coverage %.2f, length ratio %.2f; shingle containment %.2f%s%n  %s %s | %s%n  %s %s | %s%n",
                    e.kind(), e.coverage(), e.lengthRatio(), e.containment(),
                    e.linkedVia() == null ? "" : "; both linked to " + e.linkedVia().id(),
                    e.a().id(), e.a().day(), clip(e.a().title(), e.a().body()),
                    e.b().id(), e.b().day(), clip(e.b().title(), e.b().body()));
        }
        if (!noThroughput) {
            List<String> bodies = all.stream().map(EvalArticle::body).toList();
            // a short warm-up so both passes run compiled code
            Throughput.exact(bodies.subList(0, Math.min(2000, bodies.size())));
            Throughput.nearDuplicates(bodies.subList(0, Math.min(2000, bodies.size())), config);
            out.printf("%nthroughput over %d articles (one thread, texts in memory):%n", bodies.size());
            out.flush();
            List<Throughput.Pass> passes = List.of(Throughput.exact(bodies), Throughput.nearDuplicates(bodies, config));
            for (Throughput.Pass p : passes) {
                out.printf("  %-12s %8.0f articles/s  %8.0f articles/CPU-s  (%.1f s, %.1f CPU-s, %d linked as duplicates)%n",
                        p.method(), p.perSecond(), p.perCpuSecond(), p.seconds(), p.cpuSeconds(), p.duplicates());
            }
            out.printf("  MinHash+LSH / exact: %.2f wall, %.2f CPU%n", passes.get(1).perSecond() / passes.get(0).perSecond(),
                    passes.get(1).perCpuSecond() / passes.get(0).perCpuSecond());
        }
        out.flush();
        return 0;
    }

    private static String clip(String title, String body) {
        String t = title.isBlank() ? "" : title + " — ";
        String b = body.replace('\n', ' ');
        return t + (b.length() > 120 ? b.substring(0, 120) + "…" : b);
    }
}
