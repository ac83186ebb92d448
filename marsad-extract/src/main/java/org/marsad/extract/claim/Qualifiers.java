package org.marsad.extract.claim;

import java.util.List;
import org.marsad.extract.doc.Doc;

/**
 * Words that hedge or bound a figure, written before it («نحو», «أكثر من», «ما يقرب من»), matched on
 * search-normalized tokens; the first word may carry a proclitic («بنحو», «لأكثر من», «وبحوالي»).
 */
final class Qualifiers {
    /** A qualifier: its normalized words and its dictionary spelling. */
    record Form(String[] words, String shown) {}

    /** Where a qualifier was found: first token, letters of proclitic on it, its spelling. */
    record Match(int token, int prefixLetters, String shown) {}

    private static final List<Form> FORMS = List.of(
            form("ما لا يقل عن", "ما لا يقل عن"), form("ما لا يقل علي", "ما لا يقل عن"),
            form("ما يزيد عن", "ما يزيد على"), form("ما يزيد علي", "ما يزيد على"),
            form("ما يقرب من", "ما يقرب من"), form("ما يقارب", "ما يقارب"),
            form("اكثر من", "أكثر من"), form("اقل من", "أقل من"), form("ازيد من", "أزيد من"),
            form("اكثر قليلا من", "أكثر من"),
            form("نحو", "نحو"), form("حوالي", "حوالي"), form("قرابه", "قرابة"), form("زهاء", "زهاء"),
            form("قرابة", "قرابة"), form("تقريبا", "تقريبا"));
    private static final String[] PREFIXES = {"", "ب", "ل", "و", "وب", "ول", "ف", "فب"};

    private Qualifiers() {}

    private static Form form(String words, String shown) {
        return new Form(words.split(" "), shown);
    }

    /** The qualifier whose last word is token {@code end - 1}, or null. */
    static Match before(Doc doc, int end) {
        for (Form f : FORMS) {
            int first = end - f.words().length;
            if (first < 0 || (f.shown().equals("تقريبا"))) {
                continue;
            }
            boolean rest = true;
            for (int k = 1; k < f.words().length && rest; k++) {
                rest = doc.norm(first + k).equals(f.words()[k]);
            }
            if (!rest) {
                continue;
            }
            String w = doc.norm(first);
            for (String p : PREFIXES) {
                if (w.length() == p.length() + f.words()[0].length() && w.startsWith(p) && w.endsWith(f.words()[0])) {
                    return new Match(first, p.length(), f.shown());
                }
            }
        }
        return null;
    }

    /** True when token {@code i} is «تقريباً», a qualifier written after the figure. */
    static boolean approximatelyAt(Doc doc, int i) {
        return i < doc.size() && doc.norm(i).equals("تقريبا");
    }
}
