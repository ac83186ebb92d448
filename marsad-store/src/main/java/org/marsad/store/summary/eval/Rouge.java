package org.marsad.store.summary.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.text.normalize.ArabicNormalizer;
import org.marsad.text.tokenize.ArabicTokenizer;
import org.marsad.text.tokenize.Token;

/**
 * ROUGE-N (Lin 2004) on search-normalized word tokens (punctuation dropped, no stemming, stop
 * words kept): n-gram overlap with clipped counts. Against several references, the scores
 * against each reference are averaged.
 */
public final class Rouge {
    /** Recall, precision and F1 of one comparison. */
    public record Score(double recall, double precision, double f1) {
        static Score of(int overlap, int refCount, int sysCount) {
            double r = refCount == 0 ? 0 : overlap / (double) refCount;
            double p = sysCount == 0 ? 0 : overlap / (double) sysCount;
            return new Score(r, p, r + p == 0 ? 0 : 2 * r * p / (r + p));
        }
    }

    private Rouge() {}

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : ArabicTokenizer.tokenize(text)) {
            if (t.type().isWordLike()) {
                String w = ArabicNormalizer.search().normalize(t.text(text));
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    public static Score score(String system, String reference, int n) {
        Map<String, Integer> sys = grams(tokens(system), n);
        Map<String, Integer> ref = grams(tokens(reference), n);
        int overlap = 0;
        for (Map.Entry<String, Integer> e : ref.entrySet()) {
            overlap += Math.min(e.getValue(), sys.getOrDefault(e.getKey(), 0));
        }
        return Score.of(overlap, total(ref), total(sys));
    }

    public static Score average(String system, List<String> references, int n) {
        double r = 0;
        double p = 0;
        double f = 0;
        for (String ref : references) {
            Score s = score(system, ref, n);
            r += s.recall();
            p += s.precision();
            f += s.f1();
        }
        int k = references.size();
        return new Score(r / k, p / k, f / k);
    }

    static Map<String, Integer> grams(List<String> tokens, int n) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            out.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return out;
    }

    private static int total(Map<String, Integer> grams) {
        int s = 0;
        for (int v : grams.values()) {
            s += v;
        }
        return s;
    }
}
