package org.marsad.store.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * Extractive summarizer for an article or a story (several articles). Each sentence gets
 * {@code (1 - w) * centrality / max centrality + w / (1 + position)^decay}; sentences are then taken by
 * maximal marginal relevance until the word budget is full; a sentence with cosine >= 0.8 to one
 * already chosen (a second source's copy of it) is never taken.
 */
public final class Summarizer {
    /** A sentence this similar to one already chosen is the same sentence retold (a second source's copy). */
    static final double NEAR_COPY = 0.8;

    private final SummaryConfig config;
    private final DocumentFrequencies df;

    /** @param df document frequencies of a background collection (the archive, or the story's articles) */
    public Summarizer(SummaryConfig config, DocumentFrequencies df) {
        this.config = config;
        this.df = df;
    }

    public Summary summarize(String text, int maxWords) {
        return summarize(List.of(text), maxWords);
    }

    /** A summary of several texts about one story; sentence positions count within each text. */
    public Summary summarize(List<String> texts, int maxWords) {
        List<SentenceUnits.Unit> units = SentenceUnits.of(texts);
        if (units.isEmpty()) {
            return new Summary(List.of());
        }
        int n = units.size();
        List<TermVector> vectors = new ArrayList<>(n);
        for (SentenceUnits.Unit u : units) {
            vectors.add(TermVector.tfIdf(u.terms(), df));
        }
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                sim[i][j] = sim[j][i] = vectors.get(i).cosine(vectors.get(j));
            }
        }
        double[] c = LexRank.centrality(sim, config.damping());
        double max = 0;
        for (double v : c) {
            max = Math.max(max, v);
        }
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            double w = config.positionWeight();
            score[i] = (1 - w) * (max == 0 ? 0 : c[i] / max) + w / Math.pow(1.0 + units.get(i).position(), config.positionDecay());
        }
        return mmr(units, sim, score, maxWords);
    }

    private Summary mmr(List<SentenceUnits.Unit> units, double[][] sim, double[] score, int maxWords) {
        int n = units.size();
        boolean[] taken = new boolean[n];
        List<SentenceUnits.Unit> ranked = new ArrayList<>();
        List<Integer> rankedIdx = new ArrayList<>();
        int used = 0;
        while (true) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                SentenceUnits.Unit u = units.get(i);
                if (taken[i] || u.words() < config.minWords() || used + u.words() > maxWords) {
                    continue;
                }
                double redundancy = 0;
                for (int j : rankedIdx) {
                    redundancy = Math.max(redundancy, sim[i][j]);
                }
                if (redundancy >= NEAR_COPY) {
                    continue;
                }
                double v = config.mmrLambda() * score[i] - (1 - config.mmrLambda()) * redundancy;
                if (v > bestValue) {
                    bestValue = v;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            taken[best] = true;
            ranked.add(units.get(best));
            rankedIdx.add(best);
            used += units.get(best).words();
        }
        if (ranked.isEmpty()) {
            // every sentence is too short or too long for the budget: fall back to the best one
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (score[i] > score[best]) {
                    best = i;
                }
            }
            ranked.add(units.get(best));
            rankedIdx.add(best);
        }
        double[] s = new double[ranked.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = score[rankedIdx.get(i)];
        }
        return BudgetSelector.select(ranked, s, Integer.MAX_VALUE);
    }
}
