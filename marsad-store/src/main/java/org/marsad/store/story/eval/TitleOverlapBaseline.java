package org.marsad.store.story.eval;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.store.story.StoryArticle;
import org.marsad.store.summary.ContentTerms;

/**
 * Baseline: single-link clustering of articles of the same calendar day whose titles share at
 * least two content stems making up at least half of the shorter title's stems.
 */
public final class TitleOverlapBaseline {
    private TitleOverlapBaseline() {}

    public static Map<String, Integer> cluster(List<StoryArticle> articles, ZoneOffset offset) {
        int n = articles.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<LocalDate, List<Integer>> byDay = new HashMap<>();
        List<Set<String>> titles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StoryArticle a = articles.get(i);
            titles.add(new HashSet<>(ContentTerms.of(a.title())));
            byDay.computeIfAbsent(a.published().atOffset(offset).toLocalDate(), d -> new ArrayList<>()).add(i);
        }
        for (List<Integer> day : byDay.values()) {
            for (int x = 0; x < day.size(); x++) {
                for (int y = x + 1; y < day.size(); y++) {
                    Set<String> a = titles.get(day.get(x));
                    Set<String> b = titles.get(day.get(y));
                    int shared = 0;
                    for (String t : a) {
                        if (b.contains(t)) {
                            shared++;
                        }
                    }
                    if (shared >= 2 && shared * 2 >= Math.min(a.size(), b.size())) {
                        union(parent, day.get(x), day.get(y));
                    }
                }
            }
        }
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(articles.get(i).id(), find(parent, i));
        }
        return out;
    }

    private static int find(int[] p, int x) {
        while (p[x] != x) {
            p[x] = p[p[x]];
            x = p[x];
        }
        return x;
    }

    private static void union(int[] p, int a, int b) {
        p[find(p, a)] = find(p, b);
    }
}
