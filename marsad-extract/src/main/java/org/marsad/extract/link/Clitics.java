package org.marsad.extract.link;

/**
 * Strips the proclitics that mentions of one name differ by («وترامب», «لترامب», «الخارجية»/«خارجية»),
 * on search-normalized words. Only for comparing words, never for showing them.
 */
public final class Clitics {
    private Clitics() {}

    /** The word without a leading و/ف, ب/ل/ك before ال, لل, and ال, keeping at least two letters. */
    public static String core(String w) {
        String x = w;
        if (x.length() > 3 && (x.charAt(0) == 'و' || x.charAt(0) == 'ف')) {
            x = x.substring(1);
        }
        return article(x);
    }

    /**
     * Like {@link #core} but keeps a leading و/ف, for words where it is a root letter («وزير», «فريق»):
     * two words are the same name when either their cores or their cores with و/ف kept are equal.
     */
    public static String coreKeepingWaw(String w) {
        return article(w);
    }

    /**
     * The word without a leading preposition ب/ل/ك (after an optional و/ف) when three letters or more
     * are left: «ببغداد» → «بغداد», «لترامب» → «ترامب». Compared alongside {@link #core}, so «بغداد» and
     * «ببغداد» are one name while «بيروت» still matches itself.
     */
    public static String withoutPreposition(String w) {
        String x = w;
        if (x.length() > 4 && (x.charAt(0) == 'و' || x.charAt(0) == 'ف')) {
            x = x.substring(1);
        }
        if (x.length() > 3 && (x.charAt(0) == 'ب' || x.charAt(0) == 'ل' || x.charAt(0) == 'ك')) {
            x = x.substring(1);
        }
        return article(x);
    }

    private static String article(String w) {
        String x = w;
        if (x.length() > 4 && (x.charAt(0) == 'ب' || x.charAt(0) == 'ك' || x.charAt(0) == 'ل') && x.startsWith("ال", 1)) {
            x = x.substring(3);
        } else if (x.length() > 4 && x.startsWith("لل")) {
            x = x.substring(2);
        } else if (x.length() > 3 && x.startsWith("ال")) {
            x = x.substring(2);
        }
        return x;
    }

    /** The word without a leading conjunction و/ف when what is left is still a word of three letters or more. */
    public static String withoutConjunction(String w) {
        if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
            return w.substring(1);
        }
        return w;
    }
}
