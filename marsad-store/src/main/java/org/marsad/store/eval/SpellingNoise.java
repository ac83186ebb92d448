package org.marsad.store.eval;

import java.util.Random;

/**
 * Rewrites a query the way people actually type Arabic, deterministically from a seed. Per word
 * of three letters or more, independently: hamza forms أ إ آ written ا (p=0.7 when present),
 * final ي written ى (p=0.7), final ة written ه (p=0.7), one or two diacritics added (p=0.3), and
 * a clitic attached (p=0.25) to a word that does not already start with one of و ب ل ف ك: و ب ل before
 * it, or ال before a word without one (ل+ال gives لل).
 */
public final class SpellingNoise {
    private static final char[] HARAKAT = {'\u064E', '\u064F', '\u0650', '\u0652', '\u0651'};
    private static final String[] PREFIXES = {"و", "ب", "ل", "ال"};

    private final Random random;

    public SpellingNoise(long seed) {
        this.random = new Random(seed);
    }

    public String apply(String text) {
        String[] words = text.split(" ", -1);
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(isArabicWord(words[i]) ? noisy(words[i]) : words[i]);
        }
        return sb.toString();
    }

    private String noisy(String w) {
        StringBuilder b = new StringBuilder(w);
        if (random.nextDouble() < 0.7) {
            for (int i = 0; i < b.length(); i++) {
                char c = b.charAt(i);
                if (c == 'أ' || c == 'إ' || c == 'آ') {
                    b.setCharAt(i, 'ا');
                }
            }
        }
        int last = b.length() - 1;
        if (b.charAt(last) == 'ي' && random.nextDouble() < 0.7) {
            b.setCharAt(last, 'ى');
        } else if (b.charAt(last) == 'ة' && random.nextDouble() < 0.7) {
            b.setCharAt(last, 'ه');
        }
        if (random.nextDouble() < 0.3) {
            int marks = 1 + random.nextInt(2);
            for (int k = 0; k < marks; k++) {
                int pos = 1 + random.nextInt(b.length()); // after a letter
                if (pos <= b.length() && isLetter(b.charAt(pos - 1))) {
                    b.insert(pos, HARAKAT[random.nextInt(HARAKAT.length)]);
                }
            }
        }
        if (random.nextDouble() < 0.25 && "وبلفك".indexOf(b.charAt(0)) < 0) {
            String p = PREFIXES[random.nextInt(PREFIXES.length)];
            boolean hasAl = b.length() > 2 && b.charAt(0) == 'ا' && b.charAt(1) == 'ل';
            if (p.equals("ال")) {
                if (!hasAl) {
                    b.insert(0, p);
                }
            } else if (p.equals("ل") && hasAl) {
                b.replace(0, 2, "لل");
            } else {
                b.insert(0, p);
            }
        }
        return b.toString();
    }

    private static boolean isArabicWord(String w) {
        if (w.length() < 3) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!isLetter(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return c >= '\u0621' && c <= '\u064A';
    }
}
