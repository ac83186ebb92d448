package org.marsad.text.eval;

/**
 * Buckwalter transliteration (the ASCII scheme of the BAMA tables) to Arabic script. Only the
 * standard one-to-one table; an unknown char is an error, so a corrupt table line is reported
 * instead of producing a silently wrong word.
 */
public final class Buckwalter {
    private static final char[] TO_ARABIC = new char[128];

    static {
        String ascii = "'|>&<}AbptvjHxdrz*s$SDTZEg_fqklmnhwYyFNKaui~o`{PJVG";
        String arabic = "\u0621\u0622\u0623\u0624\u0625\u0626\u0627\u0628\u0629\u062A\u062B\u062C\u062D\u062E"
                + "\u062F\u0631\u0632\u0630\u0633\u0634\u0635\u0636\u0637\u0638\u0639\u063A\u0640\u0641\u0642"
                + "\u0643\u0644\u0645\u0646\u0647\u0648\u0649\u064A\u064B\u064C\u064D\u064E\u064F\u0650\u0651"
                + "\u0652\u0670\u0671\u067E\u0686\u06A4\u06AF";
        if (ascii.length() != arabic.length()) {
            throw new AssertionError("Buckwalter table is misaligned");
        }
        for (int i = 0; i < ascii.length(); i++) {
            TO_ARABIC[ascii.charAt(i)] = arabic.charAt(i);
        }
    }

    private Buckwalter() {}

    /** Arabic script for a Buckwalter string; throws {@link IllegalArgumentException} on a char outside the scheme. */
    public static String toArabic(CharSequence buckwalter) {
        char[] out = new char[buckwalter.length()];
        for (int i = 0; i < out.length; i++) {
            char c = buckwalter.charAt(i);
            char a = c < 128 ? TO_ARABIC[c] : 0;
            if (a == 0) {
                throw new IllegalArgumentException("not a Buckwalter char: '" + c + "' in \"" + buckwalter + "\"");
            }
            out[i] = a;
        }
        return new String(out);
    }
}
