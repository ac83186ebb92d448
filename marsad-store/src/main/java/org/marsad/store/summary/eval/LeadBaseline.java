package org.marsad.store.summary.eval;

import java.util.List;
import org.marsad.store.summary.BudgetSelector;
import org.marsad.store.summary.SentenceUnits;
import org.marsad.store.summary.Summary;

/** The lead baselines: the first k sentences, or the first sentences that fit the word budget. */
public final class LeadBaseline {
    private LeadBaseline() {}

    public static Summary firstSentences(String text, int k) {
        List<SentenceUnits.Unit> units = SentenceUnits.of(List.of(text));
        List<SentenceUnits.Unit> lead = units.subList(0, Math.min(k, units.size()));
        return BudgetSelector.select(lead, new double[lead.size()], Integer.MAX_VALUE);
    }

    public static Summary withinBudget(String text, int maxWords) {
        List<SentenceUnits.Unit> units = SentenceUnits.of(List.of(text));
        return BudgetSelector.select(units, new double[units.size()], maxWords);
    }
}
