package org.marsad.store.summary.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.marsad.store.summary.ContentTerms;
import org.marsad.store.summary.DocumentFrequencies;
import org.marsad.store.summary.SentenceUnits;
import org.marsad.store.summary.Summarizer;
import org.marsad.store.summary.SummaryConfig;

/**
 * Scores marsad's summarizer, lead-3, lead within the budget and plain TextRank on EASC topics.
 * Budgeted systems get a third of the article's words (EASC asked annotators for at most half;
 * their summaries average a third). IDF comes from the EASC articles themselves (no summary is read).
 */
public final class SummaryEvaluation {
    /** Mean ROUGE over the topics for one system. */
    public record SystemScores(String system, double r1Recall, double r1F, double r2Recall, double r2F, double words) {}

    private SummaryEvaluation() {}

    public static int budget(String article) {
        return Math.max(1, SentenceUnits.words(article) / 3);
    }

    public static DocumentFrequencies idf(List<EascTopic> allTopics) {
        DocumentFrequencies df = new DocumentFrequencies();
        for (EascTopic t : allTopics) {
            df.add(ContentTerms.of(t.article()));
        }
        return df;
    }

    public static List<SystemScores> run(List<EascTopic> topics, DocumentFrequencies df, SummaryConfig config) {
        Summarizer ours = new Summarizer(config, df);
        Map<String, Function<EascTopic, String>> systems = new LinkedHashMap<>();
        systems.put("marsad (LexRank+position+MMR)", t -> ours.summarize(t.article(), budget(t.article())).text());
        systems.put("lead-3", t -> LeadBaseline.firstSentences(t.article(), 3).text());
        systems.put("lead (same budget)", t -> LeadBaseline.withinBudget(t.article(), budget(t.article())).text());
        systems.put("TextRank (same budget)", t -> TextRankBaseline.summarize(t.article(), budget(t.article())).text());
        List<SystemScores> out = new ArrayList<>();
        for (Map.Entry<String, Function<EascTopic, String>> e : systems.entrySet()) {
            double r1 = 0;
            double f1 = 0;
            double r2 = 0;
            double f2 = 0;
            double words = 0;
            for (EascTopic t : topics) {
                String s = e.getValue().apply(t);
                Rouge.Score a = Rouge.average(s, t.summaries(), 1);
                Rouge.Score b = Rouge.average(s, t.summaries(), 2);
                r1 += a.recall();
                f1 += a.f1();
                r2 += b.recall();
                f2 += b.f1();
                words += SentenceUnits.words(s);
            }
            int n = topics.size();
            out.add(new SystemScores(e.getKey(), r1 / n, f1 / n, r2 / n, f2 / n, words / n));
        }
        return out;
    }
}
