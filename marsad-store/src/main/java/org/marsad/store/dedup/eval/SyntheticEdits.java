package org.marsad.store.dedup.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Makes an edited copy of an article the way papers re-run wire copy: paragraphs reordered, a
 * byline or boilerplate added, a paragraph deleted, spelling variants (ى/ي, ة/ه, hamza on alef).
 * Each copy gets two of the four edits, drawn from the given random source, so a seed gives the
 * same test set every run.
 */
public final class SyntheticEdits {
    private static final String[] BYLINES = {
        "الرياض - واس", "جدة - عكاظ", "متابعات - سبق", "الدمام - «اليوم»", "القاهرة - وكالات",
        "كتب: محمد العتيبي", "الرياض - فهد الحربي", "دبي - سكاي نيوز عربية",
    };
    private static final String[] FOOTERS = {
        "للمزيد من الأخبار تابعونا على تويتر وفيسبوك.",
        "جميع الحقوق محفوظة للصحيفة ولا يجوز النقل دون إذن.",
        "اقرأ أيضا: أبرز عناوين الصحف اليوم.",
        "شارك هذا الخبر مع أصدقائك.",
    };

    public enum Edit { REORDER, BYLINE, DELETE_PARAGRAPH, SPELLING }

    /** An edited copy and the edits made. */
    public record Copy(String body, List<Edit> edits) {}

    private SyntheticEdits() {}

    public static Copy edit(String body, Random r) {
        List<Edit> all = new ArrayList<>(List.of(Edit.values()));
        Collections.shuffle(all, r);
        List<Edit> chosen = List.copyOf(all.subList(0, 2));
        List<String> paras = paragraphs(body);
        for (Edit e : chosen) {
            switch (e) {
                case REORDER -> reorder(paras, r);
                case BYLINE -> byline(paras, r);
                case DELETE_PARAGRAPH -> deleteParagraph(paras, r);
                case SPELLING -> spelling(paras, r);
                default -> throw new IllegalStateException(e.name());
            }
        }
        return new Copy(String.join("\n", paras), chosen);
    }

    static List<String> paragraphs(String body) {
        List<String> out = new ArrayList<>();
        for (String p : body.split("\n")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        // a one-paragraph article is cut at sentence ends so that reordering and deletion mean something
        if (out.size() == 1) {
            String[] parts = out.get(0).split("(?<=[.!؟?])\\s+");
            out.clear();
            for (String s : parts) {
                if (!s.isBlank()) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static void reorder(List<String> paras, Random r) {
        if (paras.size() < 2) {
            return;
        }
        // swap two paragraphs, or move the lead to the end: what editors do, not a full shuffle
        int i = r.nextInt(paras.size());
        int j = r.nextInt(paras.size() - 1);
        if (j >= i) {
            j++;
        }
        Collections.swap(paras, i, j);
    }

    private static void byline(List<String> paras, Random r) {
        paras.add(0, BYLINES[r.nextInt(BYLINES.length)]);
        if (r.nextBoolean()) {
            paras.add(FOOTERS[r.nextInt(FOOTERS.length)]);
        }
    }

    private static void deleteParagraph(List<String> paras, Random r) {
        if (paras.size() < 3) {
            return;
        }
        int total = 0;
        for (String p : paras) {
            total += p.length();
        }
        // delete one paragraph that is at most a quarter of the text, if there is one
        List<Integer> ok = new ArrayList<>();
        for (int i = 0; i < paras.size(); i++) {
            if (paras.get(i).length() * 4 <= total) {
                ok.add(i);
            }
        }
        if (!ok.isEmpty()) {
            paras.remove((int) ok.get(r.nextInt(ok.size())));
        }
    }

    private static void spelling(List<String> paras, Random r) {
        for (int i = 0; i < paras.size(); i++) {
            String[] words = paras.get(i).split(" ");
            for (int w = 0; w < words.length; w++) {
                if (r.nextInt(3) == 0) {
                    words[w] = variant(words[w]);
                }
            }
            paras.set(i, String.join(" ", words));
        }
    }

    /** One common spelling variant of a word (Egyptian final ى, ه for ة, bare alef), or the word itself. */
    static String variant(String w) {
        if (w.endsWith("ي")) {
            return w.substring(0, w.length() - 1) + "ى";
        }
        if (w.endsWith("ة")) {
            return w.substring(0, w.length() - 1) + "ه";
        }
        if (w.startsWith("أ") || w.startsWith("إ")) {
            return "ا" + w.substring(1);
        }
        if (w.startsWith("ا") && w.length() > 3) {
            return "أ" + w.substring(1);
        }
        return w;
    }
}
