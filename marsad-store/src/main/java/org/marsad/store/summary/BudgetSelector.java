package org.marsad.store.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Fills a word budget from a ranking, the same way for every system compared: walk the ranking,
 * take each sentence that still fits, skip those that do not; if nothing fits, take the first.
 * The result is in reading order.
 */
public final class BudgetSelector {
    private BudgetSelector() {}

    public static Summary select(List<SentenceUnits.Unit> ranked, double[] scores, int maxWords) {
        List<SummarySentence> chosen = new ArrayList<>();
        int used = 0;
        for (int i = 0; i < ranked.size(); i++) {
            SentenceUnits.Unit u = ranked.get(i);
            if (used + u.words() <= maxWords) {
                chosen.add(sentence(u, scores[i]));
                used += u.words();
            }
        }
        if (chosen.isEmpty() && !ranked.isEmpty()) {
            chosen.add(sentence(ranked.get(0), scores[0]));
        }
        chosen.sort(Comparator.comparingInt(SummarySentence::doc).thenComparingInt(SummarySentence::start));
        return new Summary(chosen);
    }

    private static SummarySentence sentence(SentenceUnits.Unit u, double score) {
        return new SummarySentence(u.doc(), u.start(), u.end(), u.text(), score);
    }
}
