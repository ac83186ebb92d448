package org.marsad.store.dedup.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.marsad.store.dedup.DedupConfig;
import org.marsad.store.dedup.DuplicateLink;
import org.marsad.store.dedup.NearDuplicateIndex;
import org.marsad.store.dedup.WordHashes;

/**
 * Runs near-duplicate detection and exact hashing over one split of the corpora plus synthetic
 * edited copies, and scores both pairwise against {@link GoldPairs}: a pair counts as found when
 * both articles end in the same group (an original and its copies).
 */
public final class DedupEvaluation {
    /** Pairwise counts for one method. */
    public record Scores(String method, long predictedPairs, long truePositives, long falsePositives,
                         long ambiguousPredicted, long goldCorpusPairs, long foundCorpusPairs,
                         long goldSyntheticPairs, long foundSyntheticPairs, long nearMissesMerged) {
        public double precision() {
            long judged = truePositives + falsePositives;
            return judged == 0 ? 1.0 : truePositives / (double) judged;
        }

        public double recall() {
            long gold = goldCorpusPairs + goldSyntheticPairs;
            return gold == 0 ? 1.0 : (foundCorpusPairs + foundSyntheticPairs) / (double) gold;
        }

        public double corpusRecall() {
            return goldCorpusPairs == 0 ? 1.0 : foundCorpusPairs / (double) goldCorpusPairs;
        }

        public double syntheticRecall() {
            return goldSyntheticPairs == 0 ? 1.0 : foundSyntheticPairs / (double) goldSyntheticPairs;
        }
    }

    /**
     * An example pair for reading by eye.
     *
     * @param coverage     gold word 5-gram coverage of the shorter text
     * @param lengthRatio  gold length ratio (shorter / longer, in words)
     * @param containment  exact shingle containment of the smaller shingle set, as the index measures it
     * @param linkedVia    for a predicted pair, the group's first article when neither of the two is it
     *                     (the two were only linked through it), else null
     */
    public record Example(String kind, EvalArticle a, EvalArticle b, double coverage, double lengthRatio,
                          double containment, EvalArticle linkedVia) {}

    /** Everything one run measured. */
    public record Result(int articles, int syntheticCopies, int goldAmbiguous, int nearMisses,
                         Scores ours, Scores exact, List<Example> examples) {}

    private DedupEvaluation() {}

    /**
     * @param split     the articles of the split, any order (they are sorted by day, stably)
     * @param synthetic how many edited copies to add
     * @param examples  how many examples of each kind (gold copy, false positive, missed) to return
     */
    public static Result run(List<EvalArticle> split, DedupConfig config, int synthetic, long seed, int examples) {
        List<EvalArticle> pool = new ArrayList<>(split);
        pool.sort(Comparator.comparing(EvalArticle::day));
        List<long[]> words = new ArrayList<>(pool.size());
        for (EvalArticle a : pool) {
            words.add(WordHashes.of(a.body()));
        }
        // synthetic copies of articles long enough to edit, each placed after every article of its day
        Random r = new Random(seed);
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            if (words.get(i).length >= 60 && SyntheticEdits.paragraphs(pool.get(i).body()).size() >= 3) {
                eligible.add(i);
            }
        }
        java.util.Collections.shuffle(eligible, r);
        int originals = pool.size();
        List<int[]> synthPairs = new ArrayList<>();
        for (int s = 0; s < Math.min(synthetic, eligible.size()); s++) {
            int orig = eligible.get(s);
            EvalArticle o = pool.get(orig);
            SyntheticEdits.Copy c = SyntheticEdits.edit(o.body(), r);
            pool.add(new EvalArticle("syn-" + s + "-" + o.id(), "[" + c.edits() + "] " + o.title(), c.body(), o.day()));
            words.add(WordHashes.of(c.body()));
            synthPairs.add(new int[] {orig, pool.size() - 1});
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> pool.get(i).day()));

        int[] ours = new int[pool.size()];
        NearDuplicateIndex index = new NearDuplicateIndex(config);
        Map<String, Integer> docOf = new HashMap<>();
        for (int i : order) {
            DuplicateLink link = index.add(pool.get(i).id(), pool.get(i).body());
            docOf.put(pool.get(i).id(), i);
            ours[i] = link.isDuplicate() ? docOf.get(link.originalId()) : i;
        }
        int[] exact = new int[pool.size()];
        Map<List<Long>, Integer> firstWithText = new HashMap<>();
        for (int i : order) {
            if (words.get(i).length == 0) {
                exact[i] = i;
                continue;
            }
            exact[i] = firstWithText.computeIfAbsent(java.util.Arrays.stream(words.get(i)).boxed().toList(), k -> i);
        }

        GoldPairs.Result gold = GoldPairs.find(words);
        Set<Long> synthKeys = new java.util.HashSet<>();
        for (int[] p : synthPairs) {
            synthKeys.add(GoldPairs.key(p[0], p[1]));
        }
        List<Example> ex = new ArrayList<>();
        Scores o = score("marsad MinHash+LSH", ours, words, gold, synthKeys, originals, pool, ex, examples);
        Scores e = score("exact hash of normalized words", exact, words, gold, synthKeys, originals, pool,
                new ArrayList<>(), 0);
        // gold copies between two real articles, for checking the gold standard by eye
        List<Long> goldList = new ArrayList<>();
        for (long k : gold.copies()) {
            if ((int) k < originals) {
                goldList.add(k);
            }
        }
        goldList.sort(null);
        java.util.Collections.shuffle(goldList, new Random(seed + 1));
        for (int i = 0; i < Math.min(examples, goldList.size()); i++) {
            long k = goldList.get(i);
            ex.add(example("gold copy", pool, words, (int) (k >>> 32), (int) k));
        }
        return new Result(originals, synthPairs.size(), gold.ambiguous().size(), gold.nearMisses().size(), o, e, ex);
    }

    private static Scores score(String name, int[] root, List<long[]> words, GoldPairs.Result gold, Set<Long> synth,
                                int originals, List<EvalArticle> pool, List<Example> ex, int examples) {
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < root.length; i++) {
            groups.computeIfAbsent(root[i], k -> new ArrayList<>()).add(i);
        }
        long predicted = 0;
        long tp = 0;
        long fp = 0;
        long amb = 0;
        int fpShown = 0;
        for (List<Integer> g : groups.values()) {
            for (int x = 0; x < g.size(); x++) {
                for (int y = x + 1; y < g.size(); y++) {
                    predicted++;
                    long k = GoldPairs.key(g.get(x), g.get(y));
                    boolean copy = gold.copies().contains(k) || synth.contains(k);
                    if (!copy && !gold.ambiguous().contains(k) && !gold.nearMisses().contains(k)) {
                        // a pair the gold finder never looked at: judge it directly
                        CoverageGold.Verdict v = CoverageGold.judge(words.get(g.get(x)), words.get(g.get(y)));
                        copy = v == CoverageGold.Verdict.COPY;
                        if (v == CoverageGold.Verdict.AMBIGUOUS) {
                            amb++;
                            continue;
                        }
                    } else if (!copy && gold.ambiguous().contains(k)) {
                        amb++;
                        continue;
                    }
                    if (copy) {
                        tp++;
                    } else {
                        fp++;
                        if (fpShown++ < examples) {
                            Example e = example("false positive", pool, words, g.get(x), g.get(y));
                            int first = root[g.get(x)];
                            if (first != g.get(x) && first != g.get(y)) {
                                e = new Example(e.kind(), e.a(), e.b(), e.coverage(), e.lengthRatio(), e.containment(),
                                        pool.get(first));
                            }
                            ex.add(e);
                        }
                    }
                }
            }
        }
        long goldCorpus = 0;
        long foundCorpus = 0;
        int fnShown = 0;
        for (long k : gold.copies()) {
            int a = (int) (k >>> 32);
            int b = (int) k;
            if (synth.contains(k)) {
                continue;
            }
            if (a >= originals || b >= originals) {
                // pairs of a synthetic copy with a corpus copy of its original: real copies, counted once below
                continue;
            }
            goldCorpus++;
            if (root[a] == root[b]) {
                foundCorpus++;
            } else if (fnShown++ < examples) {
                ex.add(example("missed", pool, words, a, b));
            }
        }
        long foundSynth = 0;
        for (long k : synth) {
            if (root[(int) (k >>> 32)] == root[(int) k]) {
                foundSynth++;
            }
        }
        long merged = 0;
        for (long k : gold.nearMisses()) {
            if (root[(int) (k >>> 32)] == root[(int) k]) {
                merged++;
            }
        }
        return new Scores(name, predicted, tp, fp, amb, goldCorpus, foundCorpus, synth.size(), foundSynth, merged);
    }

    private static Example example(String kind, List<EvalArticle> pool, List<long[]> words, int a, int b) {
        long[] wa = words.get(a);
        long[] wb = words.get(b);
        double cov = wa.length <= wb.length ? CoverageGold.coverage(wa, wb) : CoverageGold.coverage(wb, wa);
        double ratio = Math.max(wa.length, wb.length) == 0 ? 1
                : Math.min(wa.length, wb.length) / (double) Math.max(wa.length, wb.length);
        NearDuplicateIndex probe = new NearDuplicateIndex();
        double c = probe.signature(pool.get(a).body()).exactContainment(probe.signature(pool.get(b).body()));
        return new Example(kind, pool.get(a), pool.get(b), cov, ratio, c, null);
    }
}
