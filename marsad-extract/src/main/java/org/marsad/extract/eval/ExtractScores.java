package org.marsad.extract.eval;

import java.util.List;
import org.marsad.text.normalize.ArabicNormalizer;

/**
 * Scores predictions against gold articles.
 * <ul>
 *   <li>Entities: exact span and type (CoNLL style).</li>
 *   <li>Quotes: a prediction matches a gold quote when their spans overlap by at least half of the
 *       longer one (quote boundaries are fuzzy by a word or a mark); exact-span matches are counted
 *       too. Speaker accuracy over matched quotes: right when both are null, or when a name the
 *       system gives for the speaker contains the gold name or lies inside it (search-normalized),
 *       so «ترامب» with canonical «دونالد ترامب» is right for gold «دونالد ترامب».</li>
 *   <li>Claims and dates: exact span; value accuracy over matched ones (a claim's value and unit
 *       must both be right); claimant accuracy as for speakers.</li>
 * </ul>
 */
public final class ExtractScores {
    public final Prf entities = new Prf();
    public final Prf quotes = new Prf();
    public int quotesExact;
    public int speakersRight;
    public final Prf claims = new Prf();
    public int claimValuesRight;
    public int claimantsRight;
    public final Prf dates = new Prf();
    public int dateValuesRight;

    public void add(GoldArticle gold, Predicted p) {
        entities.gold += gold.entities().size();
        entities.predicted += p.entities().size();
        for (GoldArticle.Entity g : gold.entities()) {
            if (p.entities().contains(g)) {
                entities.matched++;
            }
        }

        quotes.gold += gold.quotes().size();
        quotes.predicted += p.quotes().size();
        boolean[] used = new boolean[p.quotes().size()];
        for (GoldArticle.Quote g : gold.quotes()) {
            int best = -1;
            double bestOverlap = 0;
            for (int i = 0; i < used.length; i++) {
                Predicted.Q q = p.quotes().get(i);
                double o = overlap(g.start(), g.end(), q.start(), q.end());
                if (!used[i] && o >= 0.5 && o > bestOverlap) {
                    best = i;
                    bestOverlap = o;
                }
            }
            if (best >= 0) {
                used[best] = true;
                quotes.matched++;
                Predicted.Q q = p.quotes().get(best);
                if (q.start() == g.start() && q.end() == g.end()) {
                    quotesExact++;
                }
                if (sameSpeaker(g.speaker(), q.speakerNames())) {
                    speakersRight++;
                }
            }
        }

        claims.gold += gold.claims().size();
        claims.predicted += p.claims().size();
        for (GoldArticle.Claim g : gold.claims()) {
            for (Predicted.C c : p.claims()) {
                if (c.start() == g.start() && c.end() == g.end()) {
                    claims.matched++;
                    if (c.value().compareTo(g.value()) == 0 && c.unit().equals(g.unit())) {
                        claimValuesRight++;
                    }
                    if (sameSpeaker(g.claimant(), c.claimantNames())) {
                        claimantsRight++;
                    }
                    break;
                }
            }
        }

        dates.gold += gold.dates().size();
        dates.predicted += p.dates().size();
        for (GoldArticle.Date g : gold.dates()) {
            for (GoldArticle.Date d : p.dates()) {
                if (d.start() == g.start() && d.end() == g.end()) {
                    dates.matched++;
                    if (g.value() == null ? d.value() == null : g.value().equals(d.value())) {
                        dateValuesRight++;
                    }
                    break;
                }
            }
        }
    }

    /** Shared chars over the longer span's length. */
    static double overlap(int s1, int e1, int s2, int e2) {
        int shared = Math.min(e1, e2) - Math.max(s1, s2);
        return shared <= 0 ? 0 : (double) shared / Math.max(e1 - s1, e2 - s2);
    }

    static boolean sameSpeaker(String gold, List<String> names) {
        if (gold == null || names.isEmpty()) {
            return gold == null && names.isEmpty();
        }
        String g = key(gold);
        for (String n : names) {
            String k = key(n);
            if (!k.isEmpty() && (k.contains(g) || g.contains(k))) {
                return true;
            }
        }
        return false;
    }

    private static String key(String s) {
        return ArabicNormalizer.search().normalize(s).replaceAll("\\s+", " ").strip();
    }

    public static String pct(int part, int whole) {
        return whole == 0 ? "  n/a" : String.format("%5.1f%%", 100.0 * part / whole);
    }
}
