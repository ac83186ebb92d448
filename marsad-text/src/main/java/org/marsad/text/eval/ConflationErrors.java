package org.marsad.text.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The errors that cost a stemmer most pairs, for error analysis on the dev split: lemmas whose forms
 * fall under several stems (misses) and stems that gather forms of unrelated lemmas (merges).
 */
public final class ConflationErrors {
    private ConflationErrors() {}

    /** Prints the {@code limit} lemmas losing most related pairs and the {@code limit} stems with most wrong pairs. */
    public static void print(PrintWriter out, ConflationSet set, String[] stems, int limit) {
        printMisses(out, set, stems, limit);
        printMerges(out, set, stems, limit);
    }

    private static void printMisses(PrintWriter out, ConflationSet set, String[] stems, int limit) {
        Map<Integer, List<Integer>> formsOfLemma = new LinkedHashMap<>();
        for (int i = 0; i < set.size(); i++) {
            for (int l : set.lemmas(i)) {
                formsOfLemma.computeIfAbsent(l, k -> new ArrayList<>()).add(i);
            }
        }
        record Miss(int lemma, long lost, Map<String, List<String>> byStem) {}
        List<Miss> misses = new ArrayList<>();
        for (var e : formsOfLemma.entrySet()) {
            Map<String, List<String>> byStem = new LinkedHashMap<>();
            for (int i : e.getValue()) {
                byStem.computeIfAbsent(stems[i], k -> new ArrayList<>()).add(set.form(i));
            }
            long n = e.getValue().size();
            long lost = n * (n - 1) / 2;
            for (List<String> g : byStem.values()) {
                lost -= (long) g.size() * (g.size() - 1) / 2;
            }
            if (lost > 0) {
                misses.add(new Miss(e.getKey(), lost, byStem));
            }
        }
        misses.sort(Comparator.comparingLong(Miss::lost).reversed());
        out.println("MISSES: lemmas whose forms get different stems (pairs lost, stem: forms)");
        for (Miss m : misses.subList(0, Math.min(limit, misses.size()))) {
            StringBuilder b = new StringBuilder();
            for (var g : m.byStem().entrySet()) {
                b.append("  ").append(g.getKey()).append(": ").append(truncate(g.getValue(), 6));
            }
            out.printf("  %-22s %6d %s%n", set.lemmaId(m.lemma()), m.lost(), b);
        }
    }

    private static void printMerges(PrintWriter out, ConflationSet set, String[] stems, int limit) {
        record Merge(String stem, long wrong, List<String> members) {}
        List<Merge> merges = new ArrayList<>();
        for (var e : PairwiseConflation.groupByStem(stems).entrySet()) {
            List<Integer> g = e.getValue();
            long wrong = 0;
            for (int a = 0; a < g.size(); a++) {
                for (int b = a + 1; b < g.size(); b++) {
                    if (!set.sameLemma(g.get(a), g.get(b))) {
                        wrong++;
                    }
                }
            }
            if (wrong > 0) {
                List<String> members = new ArrayList<>();
                for (int i : g) {
                    members.add(set.form(i) + "[" + set.lemmaId(set.lemmas(i)[0]) + (set.lemmas(i).length > 1 ? "+" : "") + "]");
                }
                merges.add(new Merge(e.getKey(), wrong, members));
            }
        }
        merges.sort(Comparator.comparingLong(Merge::wrong).reversed());
        out.println("MERGES: stems shared by forms of different lemmas (wrong pairs, forms[first lemma])");
        for (Merge m : merges.subList(0, Math.min(limit, merges.size()))) {
            out.printf("  %-10s %6d %s%n", m.stem(), m.wrong(), truncate(m.members(), 12));
        }
    }

    private static String truncate(List<String> items, int max) {
        if (items.size() <= max) {
            return String.join(" ", items);
        }
        return String.join(" ", items.subList(0, max)) + " …(+" + (items.size() - max) + ")";
    }
}
