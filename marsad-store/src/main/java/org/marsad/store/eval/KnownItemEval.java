package org.marsad.store.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.marsad.store.article.ArticleKeys;

/**
 * Known-item retrieval: every eligible article's headline is a query for that article, over an
 * index of all bodies (titles held out). Eligible: non-empty body and a headline of at least three
 * words. Articles that share a body (after search normalization) form one group, and a hit on any
 * member counts: the corpus cannot tell them apart. A sample of {@code queries} headlines (fixed by
 * the seed) is asked clean and with {@link SpellingNoise}.
 */
public final class KnownItemEval {
    /** What one analyzer scored. */
    public record Result(String analyzer, RetrievalScore clean, RetrievalScore noisy, double indexSeconds) {}

    /** The whole run: what was indexed and asked, and the results per analyzer. */
    public record Report(int articles, int skipped, int duplicateBodies, List<String> sampleClean,
            List<String> sampleNoisy, List<Result> results) {}

    private final List<EvalArticle> articles = new ArrayList<>();
    private int skipped;

    /** Adds an article to the collection; returns false when it is skipped (empty body or near-empty title). */
    public boolean add(String title, String body) {
        if (body == null || body.isBlank() || title == null || words(title) < 3) {
            skipped++;
            return false;
        }
        articles.add(new EvalArticle(title.strip(), body));
        return true;
    }

    private static int words(String s) {
        int n = 0;
        for (String w : s.strip().split("\\s+")) {
            int letters = 0;
            for (int i = 0; i < w.length(); i++) {
                if (Character.isLetter(w.charAt(i))) {
                    letters++;
                }
            }
            if (letters >= 2) {
                n++;
            }
        }
        return n;
    }

    /**
     * Indexes all bodies once per analyzer (in {@code workDir}) and asks the sampled queries.
     * Analyzers are given as name -> factory so each index gets a fresh instance.
     */
    public Report run(Map<String, Supplier<Analyzer>> analyzers, int queries, long seed, Path workDir,
            java.util.function.Consumer<String> log) throws IOException {
        int[] group = new int[articles.size()];
        Map<String, Integer> groups = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            group[i] = groups.computeIfAbsent(ArticleKeys.bodyKey(articles.get(i).body()), k -> groups.size());
        }
        int duplicateBodies = articles.size() - groups.size();

        Random pick = new Random(seed);
        int n = Math.min(queries, articles.size());
        int[] sample = pick.ints(0, articles.size()).distinct().limit(n).toArray();
        SpellingNoise noise = new SpellingNoise(seed);
        List<String> clean = new ArrayList<>(n);
        List<String> noisy = new ArrayList<>(n);
        for (int i : sample) {
            clean.add(articles.get(i).title());
            noisy.add(noise.apply(articles.get(i).title()));
        }

        List<Result> results = new ArrayList<>();
        int k = 0;
        for (var e : analyzers.entrySet()) {
            long t0 = System.nanoTime();
            log.accept("indexing " + articles.size() + " bodies with " + e.getKey() + " ...");
            try (Analyzer a = e.getValue().get();
                    KnownItemIndex index = new KnownItemIndex(workDir.resolve("index-" + k++), a, articles, group)) {
                double secs = (System.nanoTime() - t0) / 1e9;
                results.add(new Result(e.getKey(), score(index, clean, sample, group), score(index, noisy, sample, group), secs));
            }
        }
        return new Report(articles.size(), skipped, duplicateBodies, clean.subList(0, Math.min(3, n)),
                noisy.subList(0, Math.min(3, n)), results);
    }

    private static RetrievalScore score(KnownItemIndex index, List<String> queries, int[] sample, int[] group) throws IOException {
        double rr = 0;
        int found = 0;
        for (int q = 0; q < queries.size(); q++) {
            int rank = index.rank(queries.get(q), group[sample[q]]);
            if (rank > 0) {
                rr += 1.0 / rank;
                found++;
            }
        }
        int n = queries.size();
        return new RetrievalScore(n, n == 0 ? 0 : rr / n, n == 0 ? 0 : (double) found / n);
    }
}
