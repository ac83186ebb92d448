package org.marsad.extract.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds pairs of quote marks: « », “ ”, straight double quotes, and single quotes that open after a
 * space and close before one (so an apostrophe inside a word is not a quote). A pair never spans
 * a line break; pairs nested in another pair are dropped (an outlet's name inside a quotation).
 */
final class QuoteMarks {
    /** Char offsets of the opening and the closing mark. */
    record Pair(int open, int close) {}

    private QuoteMarks() {}

    static List<Pair> find(String text) {
        List<Pair> pairs = new ArrayList<>();
        int guillemet = -1;
        int curly = -1;
        int straight = -1;
        int single = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> guillemet = curly = straight = single = -1;
                case '\u00AB' -> guillemet = i;
                case '\u00BB' -> {
                    if (guillemet >= 0) {
                        pairs.add(new Pair(guillemet, i));
                        guillemet = -1;
                    }
                }
                case '\u201C' -> curly = i;
                case '\u201D' -> {
                    if (curly >= 0) {
                        pairs.add(new Pair(curly, i));
                        curly = -1;
                    }
                }
                case '"' -> {
                    if (straight >= 0) {
                        pairs.add(new Pair(straight, i));
                        straight = -1;
                    } else {
                        straight = i;
                    }
                }
                case '\'' -> {
                    if (single < 0 && opensSingle(text, i)) {
                        single = i;
                    } else if (single >= 0 && closesSingle(text, i)) {
                        pairs.add(new Pair(single, i));
                        single = -1;
                    }
                }
                default -> {
                    // not a quote mark
                }
            }
        }
        pairs.sort((a, b) -> Integer.compare(a.open(), b.open()));
        List<Pair> outer = new ArrayList<>();
        for (Pair p : pairs) {
            if (p.close() - p.open() < 2) {
                continue;
            }
            Pair last = outer.isEmpty() ? null : outer.get(outer.size() - 1);
            if (last != null && p.open() < last.close()) {
                continue;
            }
            outer.add(p);
        }
        return outer;
    }

    private static boolean opensSingle(String t, int i) {
        boolean before = i == 0 || Character.isWhitespace(t.charAt(i - 1)) || t.charAt(i - 1) == ':' || t.charAt(i - 1) == '(';
        return before && i + 1 < t.length() && !Character.isWhitespace(t.charAt(i + 1));
    }

    private static boolean closesSingle(String t, int i) {
        boolean after = i + 1 == t.length() || Character.isWhitespace(t.charAt(i + 1)) || ".,،؛:!?؟)".indexOf(t.charAt(i + 1)) >= 0;
        return after && !Character.isWhitespace(t.charAt(i - 1));
    }
}
