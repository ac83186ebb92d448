package org.marsad.text.normalize;

import java.text.Normalizer;

/**
 * Folds Arabic spelling variants. One table lookup per char; no allocation on the char-array path.
 *
 * <p>Both profiles:
 * <ul>
 *   <li>remove zero-width and bidi marks: ZWSP, ZWNJ, ZWJ, LRM, RLM (U+200B–200F), embeddings and
 *       overrides (U+202A–202E), isolates (U+2066–2069), word joiner (U+2060–2064), ALM (U+061C),
 *       BOM (U+FEFF) and soft hyphen (U+00AD);</li>
 *   <li>decompose presentation forms (U+FB50–FDFF, U+FE70–FEFF) and fullwidth forms (U+FF01–FF5E)
 *       with NFKC, then fold the result by the same profile (ﻷ → لأ, or → لا when searching).</li>
 * </ul>
 * <p>{@link NormalizationProfile#SEARCH} also:
 * <ul>
 *   <li>alef forms آ أ إ ٱ and wavy-hamza alefs (U+0672, U+0673) → ا;</li>
 *   <li>ى and Persian ی, ے ۓ → ي; ة, ۀ, ہ ۂ ۃ, ە, ھ → ه;</li>
 *   <li>ؤ → و and ئ → ي (the seat letter, as most Arabic search engines do; a bare ء stays,
 *       because dropping it would merge words such as ماء with the particle ما);</li>
 *   <li>Persian and Urdu letters to their Arabic look-alikes: ک ڪ گ → ك, ڤ → ف, پ → ب, چ → ج, ژ → ز;</li>
 *   <li>remove tatweel (U+0640), harakat and other combining marks (U+064B–065F, superscript alef
 *       U+0670, honorific marks U+0610–061A, Quranic marks U+06D6–06ED, U+08D3–08FF);</li>
 *   <li>Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits → 0–9; Arabic decimal
 *       separator ٫ → '.', thousands separator ٬ → ',', percent ٪ → '%';</li>
 *   <li>letters with a one-char lower case (Latin, Greek, Cyrillic) → lower case.</li>
 * </ul>
 * The table is built so that every output char is a fixed point: normalizing twice equals once.
 */
public final class ArabicNormalizer {
    private static final char KEEP = '\uFFFF';
    private static final char DROP = '\uFFFE';
    private static final char EXPAND = '\uFFFD';

    /** {@link #map} result for a char this profile removes. */
    public static final char REMOVED = DROP;
    /** {@link #map} result for a char that becomes several chars, or is one of U+FFFD–FFFF itself. */
    public static final char EXPANDS = EXPAND;

    private static final ArabicNormalizer SEARCH = new ArabicNormalizer(NormalizationProfile.SEARCH);
    private static final ArabicNormalizer DISPLAY = new ArabicNormalizer(NormalizationProfile.DISPLAY);

    private final NormalizationProfile profile;
    /** For each char: KEEP, DROP, EXPAND, or the single replacement char. */
    private final char[] map = new char[65536];
    private final char[][] expansions = new char[65536][];
    /** For each char: what {@link #map} returns. */
    private final char[] direct = new char[65536];

    public static ArabicNormalizer search() {
        return SEARCH;
    }

    public static ArabicNormalizer display() {
        return DISPLAY;
    }

    public static ArabicNormalizer of(NormalizationProfile profile) {
        return profile == NormalizationProfile.SEARCH ? SEARCH : DISPLAY;
    }

    private ArabicNormalizer(NormalizationProfile profile) {
        this.profile = profile;
        java.util.Arrays.fill(map, KEEP);
        // U+FFFD..FFFF are our markers; the real chars map to themselves through expansions.
        for (char c = '\uFFFD'; c != 0; c++) {
            expansions[c] = new char[] {c};
            map[c] = EXPAND;
        }
        dropRange(0x200B, 0x200F);
        dropRange(0x202A, 0x202E);
        dropRange(0x2060, 0x2064);
        dropRange(0x2066, 0x2069);
        drop(0x061C);
        drop(0xFEFF);
        drop(0x00AD);
        if (profile == NormalizationProfile.SEARCH) {
            buildSearchFolding();
        }
        // Compatibility forms last, so their decompositions go through the folding above.
        decomposeRange(0xFB50, 0xFDFF);
        decomposeRange(0xFE70, 0xFEFE);
        decomposeRange(0xFF01, 0xFF5E);
        for (int c = 0; c < 65536; c++) {
            char m = map[c];
            direct[c] = m == KEEP ? (char) c : m == DROP ? REMOVED : m >= EXPANDS ? EXPANDS : m;
        }
    }

    private void buildSearchFolding() {
        for (int c : new int[] {0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673}) {
            set(c, 'ا');
        }
        for (int c : new int[] {0x0649, 0x06CC, 0x06D2, 0x06D3, 0x0626}) {
            set(c, 'ي');
        }
        for (int c : new int[] {0x0629, 0x06C0, 0x06C1, 0x06C2, 0x06C3, 0x06D5, 0x06BE}) {
            set(c, 'ه');
        }
        set(0x0624, 'و');
        set(0x0676, 'و');
        for (int c : new int[] {0x06A9, 0x06AA, 0x06AF}) {
            set(c, 'ك');
        }
        set(0x06A4, 'ف');
        set(0x067E, 'ب');
        set(0x0686, 'ج');
        set(0x0698, 'ز');
        drop(0x0640);
        dropRange(0x0610, 0x061A);
        dropRange(0x064B, 0x065F);
        drop(0x0670);
        dropRange(0x06D6, 0x06ED);
        dropRange(0x08D3, 0x08FF);
        for (int d = 0; d < 10; d++) {
            set(0x0660 + d, (char) ('0' + d));
            set(0x06F0 + d, (char) ('0' + d));
        }
        set(0x066B, '.');
        set(0x066C, ',');
        set(0x066A, '%');
        for (int c = 0; c < 0x0600; c++) {
            if (map[c] == KEEP && Character.isUpperCase(c)) {
                String lower = String.valueOf((char) c).toLowerCase(java.util.Locale.ROOT);
                if (lower.length() == 1 && lower.charAt(0) != c) {
                    set(c, lower.charAt(0));
                }
            }
        }
    }

    private void decomposeRange(int from, int to) {
        for (int c = from; c <= to; c++) {
            String nfkc = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
            if (nfkc.length() == 1 && nfkc.charAt(0) == c) {
                continue; // not a compatibility char (unassigned or already canonical)
            }
            StringBuilder folded = new StringBuilder();
            for (int i = 0; i < nfkc.length(); i++) {
                appendFolded(nfkc.charAt(i), folded);
            }
            if (folded.isEmpty()) {
                drop(c);
            } else if (folded.length() == 1) {
                set(c, folded.charAt(0));
            } else {
                map[c] = EXPAND;
                expansions[c] = folded.toString().toCharArray();
            }
        }
    }

    private void appendFolded(char c, StringBuilder out) {
        char m = map[c];
        if (m == KEEP) {
            out.append(c);
        } else if (m == EXPAND) {
            out.append(expansions[c]);
        } else if (m != DROP) {
            out.append(m);
        }
    }

    private void set(int c, char to) {
        map[c] = to;
    }

    private void drop(int c) {
        map[c] = DROP;
    }

    private void dropRange(int from, int to) {
        for (int c = from; c <= to; c++) {
            map[c] = DROP;
        }
    }

    public NormalizationProfile profile() {
        return profile;
    }

    /**
     * What {@code c} becomes, for loops that fold one char at a time with one table read: the folded
     * char; {@link #REMOVED}; or {@link #EXPANDS}, for which {@link #normalize(CharSequence)} gives
     * the chars (presentation and fullwidth forms, U+FB50 and up).
     */
    public char map(char c) {
        return direct[c];
    }

    /** True if this profile removes {@code c} entirely (a diacritic, tatweel, an invisible mark). */
    public boolean removes(char c) {
        return map[c] == DROP;
    }

    /**
     * The char {@code c} folds to, for chars that neither vanish ({@link #removes}) nor expand;
     * only presentation and fullwidth forms (U+FB50 and up) expand.
     */
    public char fold(char c) {
        char m = map[c];
        return m == KEEP || m == EXPAND || m == DROP ? c : m;
    }

    /** Appends the normalized form of {@code src[from, to)} to {@code out}. */
    public void normalize(char[] src, int from, int to, TermBuffer out) {
        for (int i = from; i < to; i++) {
            char c = src[i];
            char m = map[c];
            if (m == KEEP) {
                out.append(c);
            } else if (m == DROP) {
                continue;
            } else if (m == EXPAND) {
                out.append(expansions[c]);
            } else {
                out.append(m);
            }
        }
    }

    /** Appends the normalized form of {@code src[from, to)} to {@code out}. */
    public void normalize(CharSequence src, int from, int to, TermBuffer out) {
        for (int i = from; i < to; i++) {
            char c = src.charAt(i);
            char m = map[c];
            if (m == KEEP) {
                out.append(c);
            } else if (m == DROP) {
                continue;
            } else if (m == EXPAND) {
                out.append(expansions[c]);
            } else {
                out.append(m);
            }
        }
    }

    public String normalize(CharSequence text) {
        TermBuffer out = new TermBuffer(text.length());
        normalize(text, 0, text.length(), out);
        return out.toString();
    }

    /** Normalizes and keeps, for every normalized char, the original chars it came from. */
    public NormalizedText normalizeWithOffsets(String text) {
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        int[] starts = new int[n + 8];
        int[] ends = new int[n + 8];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char m = map[c];
            if (m == DROP) {
                if (k > 0) {
                    // a removed mark belongs to the char before it, so highlights cover it
                    ends[k - 1] = i + 1;
                }
                continue;
            }
            char[] emitted = m == KEEP ? null : m == EXPAND ? expansions[c] : null;
            int count = emitted == null ? 1 : emitted.length;
            if (k + count > starts.length) {
                int size = Math.max(starts.length * 2, k + count);
                starts = java.util.Arrays.copyOf(starts, size);
                ends = java.util.Arrays.copyOf(ends, size);
            }
            if (emitted == null) {
                out.append(m == KEEP ? c : m);
                starts[k] = i;
                ends[k] = i + 1;
                k++;
            } else {
                for (char e : emitted) {
                    out.append(e);
                    starts[k] = i;
                    ends[k] = i + 1;
                    k++;
                }
            }
        }
        return new NormalizedText(text, out.toString(), java.util.Arrays.copyOf(starts, k), java.util.Arrays.copyOf(ends, k));
    }
}
