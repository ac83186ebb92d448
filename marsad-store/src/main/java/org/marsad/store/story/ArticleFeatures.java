package org.marsad.store.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.store.summary.ContentTerms;
import org.marsad.store.summary.DocumentFrequencies;

/**
 * What clustering compares: the stem terms of the title (counted twice) and the lead, the key
 * terms (the rarest terms that the title has or the lead repeats, a capitalization-free stand-in
 * for named entities), and the numbers (figures and dates) of title and lead.
 */
final class ArticleFeatures {
    private static final int KEY_TERMS = 8;

    final List<String> terms;
    final Set<String> keyTerms;
    final Set<String> numbers;
    /** For each title term, the word written in the title. */
    final Map<String, String> titleWords;

    private ArticleFeatures(List<String> terms, Set<String> keyTerms, Set<String> numbers, Map<String, String> titleWords) {
        this.terms = terms;
        this.keyTerms = keyTerms;
        this.numbers = numbers;
        this.titleWords = titleWords;
    }

    static List<String> allTerms(StoryArticle a, int leadWords) {
        List<String> out = new ArrayList<>();
        for (ContentTerms.Term t : ContentTerms.terms(a.title(), 0, a.title().length())) {
            out.add(t.term());
            out.add(t.term());
        }
        List<ContentTerms.Term> body = ContentTerms.terms(a.body(), 0, leadEnd(a.body(), leadWords));
        for (ContentTerms.Term t : body) {
            out.add(t.term());
        }
        return out;
    }

    static ArticleFeatures of(StoryArticle a, int leadWords, DocumentFrequencies df) {
        List<ContentTerms.Term> title = ContentTerms.terms(a.title(), 0, a.title().length());
        List<ContentTerms.Term> lead = ContentTerms.terms(a.body(), 0, leadEnd(a.body(), leadWords));
        List<String> terms = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> titleWords = new HashMap<>();
        Set<String> inTitle = new HashSet<>();
        for (ContentTerms.Term t : title) {
            terms.add(t.term());
            terms.add(t.term());
            inTitle.add(t.term());
            titleWords.putIfAbsent(t.term(), t.word());
        }
        for (ContentTerms.Term t : lead) {
            terms.add(t.term());
            counts.merge(t.term(), 1, Integer::sum);
        }
        Set<String> numbers = new HashSet<>();
        List<String> candidates = new ArrayList<>();
        for (String t : new HashSet<>(terms)) {
            if (isNumber(t)) {
                if (t.length() >= 2) {
                    numbers.add(t);
                }
            } else if (t.length() >= 3 && (inTitle.contains(t) || counts.getOrDefault(t, 0) >= 2)) {
                candidates.add(t);
            }
        }
        candidates.sort((x, y) -> {
            int c = Double.compare(df.idf(y), df.idf(x));
            return c != 0 ? c : x.compareTo(y);
        });
        Set<String> keys = new HashSet<>(candidates.subList(0, Math.min(KEY_TERMS, candidates.size())));
        return new ArticleFeatures(terms, keys, numbers, titleWords);
    }

    private static boolean isNumber(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c < '0' || c > '9') && c != '.' && c != ',' && c != '%') {
                return false;
            }
        }
        return !t.isEmpty();
    }

    /** The offset after the first {@code words} space-separated words of the body. */
    static int leadEnd(String body, int words) {
        int seen = 0;
        boolean inWord = false;
        for (int i = 0; i < body.length(); i++) {
            boolean space = Character.isWhitespace(body.charAt(i));
            if (!space && !inWord && ++seen > words) {
                return i;
            }
            inWord = !space;
        }
        return body.length();
    }
}
