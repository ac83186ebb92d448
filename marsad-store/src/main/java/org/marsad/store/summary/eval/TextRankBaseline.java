package org.marsad.store.summary.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.store.summary.BudgetSelector;
import org.marsad.store.summary.LexRank;
import org.marsad.store.summary.SentenceUnits;
import org.marsad.store.summary.Summary;

/**
 * Plain TextRank (Mihalcea and Tarau 2004): sentence similarity = shared words /
 * (log |S1| + log |S2|) over search-normalized words, PageRank with damping 0.85, sentences taken
 * by rank until the word budget is full. No position, no redundancy handling, no stemming.
 */
public final class TextRankBaseline {
    private TextRankBaseline() {}

    public static Summary summarize(String text, int maxWords) {
        List<SentenceUnits.Unit> units = SentenceUnits.of(List.of(text));
        int n = units.size();
        List<Map<String, Integer>> words = new ArrayList<>(n);
        List<Integer> lengths = new ArrayList<>(n);
        for (SentenceUnits.Unit u : units) {
            List<String> toks = Rouge.tokens(u.text());
            Map<String, Integer> m = new HashMap<>();
            for (String t : toks) {
                m.merge(t, 1, Integer::sum);
            }
            words.add(m);
            lengths.add(toks.size());
        }
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double denom = Math.log(lengths.get(i)) + Math.log(lengths.get(j));
                if (denom <= 0) {
                    continue;
                }
                int shared = 0;
                for (String w : words.get(i).keySet()) {
                    if (words.get(j).containsKey(w)) {
                        shared++;
                    }
                }
                sim[i][j] = sim[j][i] = shared / denom;
            }
        }
        double[] rank = LexRank.centrality(sim, 0.85);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -rank[i]).thenComparingInt(i -> i));
        List<SentenceUnits.Unit> ranked = new ArrayList<>();
        double[] scores = new double[n];
        for (int k = 0; k < n; k++) {
            ranked.add(units.get(order.get(k)));
            scores[k] = rank[order.get(k)];
        }
        return BudgetSelector.select(ranked, scores, maxWords);
    }
}
