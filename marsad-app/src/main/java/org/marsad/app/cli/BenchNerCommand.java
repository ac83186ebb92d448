package org.marsad.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.extract.ner.LabeledSentence;
import org.marsad.extract.ner.MostFrequentTagBaseline;
import org.marsad.extract.ner.NerTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad bench ner}: tagging speed in tokens per second on one thread. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {
            "Tokens per second of NER tagging on one thread over the ANERcorp CAMeL test tokens (sentence by",
            "sentence, features + Viterbi), after a warm-up, beside the most-frequent-tag baseline in the same run.",
            "The tagger caches per-token analyses (normalization, segmentation, classes); the 'cold' line starts",
            "each pass over the test tokens with an empty cache."
        })
final class BenchNerCommand implements Callable<Integer> {
    @Mixin
    SharedOption shared;

    @Option(names = "--model", paramLabel = "FILE", description = "model file (default: the shipped model)")
    Path model;

    @Option(names = "--warmup", defaultValue = "5", description = "warm-up seconds (default: ${DEFAULT-VALUE})")
    double warmup;

    @Option(names = "--seconds", defaultValue = "10", description = "measured seconds, in 5 rounds (default: ${DEFAULT-VALUE})")
    double seconds;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Keeps the JIT from dropping the work. */
    private long sink;

    @Override
    public Integer call() {
        PrintWriter pw = spec.commandLine().getOut();
        List<List<String>> sentences = new ArrayList<>();
        long tokens = 0;
        for (LabeledSentence s : NerData.camelTest(shared.folder())) {
            sentences.add(s.tokens());
            tokens += s.size();
        }
        NerTagger tagger = NerData.tagger(model);
        MostFrequentTagBaseline baseline = new MostFrequentTagBaseline(NerData.camelTrain(shared.folder()));
        pw.printf("data: %d sentences, %d tokens (%s); one thread; %.0f s warm-up, %.0f s measured%n",
                sentences.size(), tokens, NerData.CAMEL_TEST, warmup, seconds);
        pw.flush();
        // the whole split as one running text, with the document-consistency pass, as `eval ner` tags it
        Pass ner = ss -> {
            long h = 0;
            for (int[] t : tagger.tagRun(ss, NerTagger.CONSISTENCY_WINDOW)) {
                h += t.length + t[t.length - 1];
            }
            return h;
        };
        // the tagger caches per-token views; a new tagger per pass measures it with a cold cache
        Pass cold = ss -> {
            NerTagger fresh = new NerTagger(tagger.model(), org.marsad.text.segment.ArabicSegmenter.standard());
            long h = 0;
            for (List<String> s : ss) {
                int[] t = fresh.tagIds(s);
                h += t.length + t[t.length - 1];
            }
            return h;
        };
        Pass base = ss -> {
            long h = 0;
            for (List<String> s : ss) {
                int[] t = baseline.tagIds(s);
                h += t.length + t[t.length - 1];
            }
            return h;
        };
        report(pw, "marsad NER", measure(ner, sentences, tokens));
        report(pw, "marsad NER, cold token cache", measure(cold, sentences, tokens));
        report(pw, "baseline (most frequent tag per word)", measure(base, sentences, tokens));
        pw.printf("(checksum %d)%n", sink);
        return 0;
    }

    private interface Pass {
        long run(List<List<String>> sentences);
    }

    /**
     * Tokens per second of each measured round: per wall-clock second and per second of this
     * thread's CPU time (the second is what one core does when the machine is shared).
     */
    private double[][] measure(Pass pass, List<List<String>> sentences, long tokens) {
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + (long) (warmup * 1e9);
        while (System.nanoTime() < end) {
            sink += pass.run(sentences);
        }
        double[] rounds = new double[5];
        double[] cpuRounds = new double[5];
        for (int r = 0; r < rounds.length; r++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            long stop = t0 + (long) (seconds / rounds.length * 1e9);
            long done = 0;
            while (System.nanoTime() < stop) {
                sink += pass.run(sentences);
                done += tokens;
            }
            rounds[r] = done / ((System.nanoTime() - t0) / 1e9);
            cpuRounds[r] = done / ((mx.getCurrentThreadCpuTime() - c0) / 1e9);
        }
        return new double[][] {rounds, cpuRounds};
    }

    private static void report(PrintWriter pw, String title, double[][] measured) {
        report(pw, title + ", per wall second", measured[0]);
        report(pw, title + ", per CPU second", measured[1]);
    }

    private static void report(PrintWriter pw, String title, double[] rounds) {
        double[] sorted = rounds.clone();
        java.util.Arrays.sort(sorted);
        StringBuilder all = new StringBuilder();
        for (double r : rounds) {
            all.append(String.format(" %,.0f", r));
        }
        pw.printf("%-62s median %,10.0f tokens/s  (rounds:%s)%n", title, sorted[sorted.length / 2], all);
        pw.flush();
    }
}
