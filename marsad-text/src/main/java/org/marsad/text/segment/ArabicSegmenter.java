package org.marsad.text.segment;

import org.marsad.text.lexicon.Lexicon;
import org.marsad.text.lexicon.StopWords;

/**
 * Splits clitics off search-normalized Arabic words when corpus evidence says the remainder is a
 * word, and returns the stem the index uses.
 *
 * <p>Proclitic stacks: an optional conjunction و/ف, then one of the article ال, a preposition
 * with the article بال كال لل (ل + ال), a bare preposition ب ك ل, or the future س before an
 * imperfective ي ت ن. Suffixes, up to two rounds: pronouns ه ها هم هما هن ك كم كما كن نا ني ي,
 * and inflections ات ون ين ان يه وا ا ت; in each round, of the suffixes that pass the test, the one
 * leaving the most frequent stem wins («إيراني» is ايران+ي, not ايرا+ني), and no cut may leave a
 * stop word (ولايه is not ولا+يه). After a suffix cut a stem-final ت is read as ه when that form
 * is the more frequent one (حكومتهم → حكومه). Optionally ({@link SegmenterConfig#verbPrefixRatio()},
 * off by default) an imperfective ي ت ن is dropped from the stem.
 *
 * <p>Why evidence and not rules: a light stemmer cuts «وزير» to زير and «لبنان» to لبن because
 * the letters look like clitics. Here a cut must leave a form seen at least
 * {@link SegmenterConfig#minFrequency()} times, and at least a set fraction as often as the
 * uncut form (a fraction per kind of cut: article stacks, single letters, two-letter stacks,
 * suffixes, the suffixes ه ت ان that also end many stems); suffix cuts count a form together with
 * its article (f(X) + f(ال+X)), so a word mostly seen with ال is judged by all its uses; «زير» and «لبن» are far rarer than «وزير» and «لبنان», so both stay whole, while
 * «لرونالدو» → رونالدو and «بمفاوضات» → مفاوضات. A word the corpus never saw still loses an
 * article stack (light stemming), since a new name after ال is far likelier than a word
 * starting with those letters.
 *
 * <p>Decisions for every lexicon form are computed once at construction; the segmenter is then
 * immutable and safe to share between threads.
 */
public final class ArabicSegmenter {
    private static final char HEH = 'ه';
    private static final char TEH = 'ت';

    /** Longest first; {@code true} marks stacks that contain the article. */
    private static final String[] STACKS = {
        "وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال",
        "وب", "فب", "وك", "فك", "ول", "فل", "وس", "فس", "و", "ف", "ب", "ك", "ل", "س",
    };
    private static final char[][] STACK_CHARS = toChars(STACKS);

    private static final String[] SUFFIXES = {
        "هما", "كما", "ات", "ون", "ين", "ان", "يه", "وا", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي", "ا", "ت",
    };
    private static final char[][] SUFFIX_CHARS = toChars(SUFFIXES);
    private static final char[] FEMININE_PLURAL = SUFFIX_CHARS[java.util.Arrays.asList(SUFFIXES).indexOf("ات")];

    private static final int MIN_STEM = 3;

    private final Lexicon lexicon;
    private final SegmenterConfig config;
    /** Per lexicon entry: the packed decision + 1 (0 = none). */
    private final int[] cache;

    public ArabicSegmenter(Lexicon lexicon, SegmenterConfig config) {
        this(lexicon, config, true);
    }

    /**
     * A segmenter that decides every word when asked instead of precomputing all lexicon forms:
     * cheaper to build, slower per word. For threshold sweeps that stem only a few thousand words.
     */
    public static ArabicSegmenter uncached(Lexicon lexicon, SegmenterConfig config) {
        return new ArabicSegmenter(lexicon, config, false);
    }

    private ArabicSegmenter(Lexicon lexicon, SegmenterConfig config, boolean precompute) {
        this.lexicon = lexicon;
        this.config = config;
        if (!precompute) {
            this.cache = null;
            return;
        }
        int n = lexicon.size();
        int[] decisions = new int[n];
        char[] buf = new char[64];
        for (int e = 0; e < n; e++) {
            String form = lexicon.form(e);
            if (form.length() > buf.length) {
                buf = new char[form.length() * 2];
            }
            form.getChars(0, form.length(), buf, 0);
            decisions[e] = decide(buf, form.length()) + 1;
        }
        this.cache = decisions;
    }

    /** The segmenter over the bundled lexicon with the default thresholds, built once. */
    public static ArabicSegmenter standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final ArabicSegmenter INSTANCE = new ArabicSegmenter(Lexicon.bundled(), SegmenterConfig.DEFAULT);
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    public SegmenterConfig config() {
        return config;
    }

    /** Splits a search-normalized word. */
    public Segmentation segment(CharSequence normalized) {
        char[] w = normalized.toString().toCharArray();
        int d = decision(w, w.length);
        int p = prefixLength(d);
        int e = stemEnd(d);
        String stem = new String(w, p, e - p);
        if (restoresTeh(d)) {
            stem = stem.substring(0, stem.length() - 1) + HEH;
        } else if (appendsHeh(d)) {
            stem = stem + HEH;
        }
        return new Segmentation(new String(w, 0, p), stem, new String(w, e, w.length - e));
    }

    /** The stem of a search-normalized word. */
    public String stem(CharSequence normalized) {
        return segment(normalized).stem();
    }

    /**
     * Replaces the search-normalized word in {@code buf[0, length)} by its stem, in place, and
     * returns the stem's length. Allocates nothing for words in the lexicon.
     */
    public int stem(char[] buf, int length) {
        int d = decision(buf, length);
        int p = prefixLength(d);
        int e = stemEnd(d);
        if (p > 0) {
            System.arraycopy(buf, p, buf, 0, e - p);
        }
        int n = e - p;
        if (restoresTeh(d)) {
            buf[n - 1] = HEH;
        } else if (appendsHeh(d)) {
            buf[n++] = HEH; // room: the cut took at least the two chars of ات
        }
        return n;
    }

    private int decision(char[] w, int len) {
        if (cache == null) {
            return decide(w, len);
        }
        int entry = lexicon.entry(w, 0, len);
        return entry >= 0 ? cache[entry] - 1 : decide(w, len);
    }

    private static int prefixLength(int d) {
        return d & 0xFF;
    }

    private static int stemEnd(int d) {
        return (d >>> 8) & 0xFF;
    }

    private static boolean restoresTeh(int d) {
        return (d & (1 << 16)) != 0;
    }

    private static boolean appendsHeh(int d) {
        return (d & (1 << 17)) != 0;
    }

    private static int pack(int prefix, int end, boolean teh) {
        return pack(prefix, end, teh, false);
    }

    private static int pack(int prefix, int end, boolean teh, boolean appendHeh) {
        return prefix | (end << 8) | (teh ? 1 << 16 : 0) | (appendHeh ? 1 << 17 : 0);
    }

    /** The cut for one word; words longer than 255 chars are left whole. */
    private int decide(char[] w, int len) {
        if (len > 255 || len < MIN_STEM) {
            return pack(0, Math.min(len, 255), false);
        }
        int whole = lexicon.frequency(w, 0, len);
        int p = proclitics(w, len, whole);
        int e = len;
        boolean teh = false;
        boolean append = false;
        // Suffix cuts compare article-inclusive counts, f(X) + f(ال+X): after «الكويت» lost its
        // article, «كويت» alone is rare and would make any remainder look common (كوي), while
        // «مقبله» is rare only because it nearly always comes as «المقبلة».
        char[] scratch = new char[len + 3];
        scratch[0] = 'ا';
        scratch[1] = 'ل';
        int current = family(w, p, len, PLAIN, scratch);
        for (int round = 0; round < 2 && !teh && !append; round++) {
            // Of the suffixes that fit, take the one leaving the most frequent stem: «إيراني» is
            // ايران+ي, not ايرا+ني, although ني is the longer suffix.
            int bestEnd = -1;
            int bestFreq = -1;
            boolean bestRestore = false;
            boolean bestAppend = false;
            for (char[] suffix : SUFFIX_CHARS) {
                int ne = e - suffix.length;
                if (ne - p < MIN_STEM || !endsWith(w, ne, e, suffix)) {
                    continue;
                }
                int freq = family(w, p, ne, PLAIN, scratch);
                boolean restore = false;
                if (w[ne - 1] == TEH) {
                    int asHeh = family(w, p, ne, FINAL_HEH, scratch);
                    if (asHeh > freq) {
                        freq = asHeh;
                        restore = true;
                    }
                }
                boolean addHeh = false;
                if (suffix == FEMININE_PLURAL) {
                    // سيارات → سياره: the sound feminine plural meets its singular in ة
                    int withHeh = family(w, p, ne, EXTRA_HEH, scratch);
                    if (withHeh > freq) {
                        freq = withHeh;
                        addHeh = true;
                    }
                }
                double ratio = endsManyStems(suffix) ? config.ambiguousSuffixRatio() : config.suffixRatio();
                if (freq > bestFreq && accepts(freq, current, ratio) && !isFunctionWord(w, p, ne)) {
                    bestEnd = ne;
                    bestFreq = freq;
                    bestRestore = restore;
                    bestAppend = addHeh;
                }
            }
            if (bestEnd < 0) {
                break;
            }
            e = bestEnd;
            teh = bestRestore;
            append = bestAppend;
            current = bestFreq;
        }
        if (!teh && !append) {
            p = imperfectivePrefix(w, p, e, current, scratch);
        }
        return pack(p, e, teh, append);
    }

    /**
     * After the clitics: drops an imperfective ي ت ن from the stem (يحمل → حمل, meeting حمل and حملوا)
     * when the rest is a word seen at least {@link SegmenterConfig#verbPrefixRatio()} times as often.
     */
    private int imperfectivePrefix(char[] w, int p, int e, int stemFrequency, char[] scratch) {
        if (e - p - 1 < MIN_STEM || !isImperfectivePrefix(w[p])) {
            return p;
        }
        int freq = family(w, p + 1, e, PLAIN, scratch);
        return accepts(freq, stemFrequency, config.verbPrefixRatio()) ? p + 1 : p;
    }

    private int proclitics(char[] w, int len, int whole) {
        boolean known = whole >= config.minFrequency();
        for (int s = 0; s < STACK_CHARS.length; s++) {
            char[] stack = STACK_CHARS[s];
            boolean article = STACKS[s].endsWith("ال") || STACKS[s].endsWith("لل");
            boolean conjunctionOnly = stack.length == 1 && (stack[0] == 'و' || stack[0] == 'ف');
            int rest = len - stack.length;
            int minRest = conjunctionOnly ? 2 : MIN_STEM;
            if (rest < minRest || !startsWith(w, stack)) {
                continue;
            }
            if (stack[stack.length - 1] == 'س' && !isImperfectivePrefix(w[stack.length])) {
                continue;
            }
            if (article && !known) {
                return stack.length; // unseen word: an article stack is almost surely one
            }
            int freq = lexicon.frequency(w, stack.length, len);
            double ratio = article ? config.articleRatio() : stack.length > 1 ? config.stackRatio() : config.letterRatio();
            if (accepts(freq, whole, ratio)) {
                return stack.length;
            }
        }
        return 0;
    }

    private boolean accepts(int remainder, int whole, double ratio) {
        return remainder >= config.minFrequency() && remainder >= ratio * whole;
    }

    /**
     * A stop word, bare or after و ف: a suffix cut that leaves one (ولايه → ولا+يه) has split a
     * content word, since function words take few suffixes and are never a word's stem.
     */
    private static boolean isFunctionWord(char[] w, int from, int to) {
        if (StopWords.contains(w, from, to)) {
            return true;
        }
        return to - from > 1 && (w[from] == 'و' || w[from] == 'ف') && StopWords.contains(w, from + 1, to);
    }

    /** ه ت and ان: suffixes that are also the last letters of many stems (كلمه، بيروت، لبنان). */
    private static boolean endsManyStems(char[] suffix) {
        if (suffix.length == 1) {
            return suffix[0] == HEH || suffix[0] == TEH;
        }
        return suffix.length == 2 && suffix[0] == 'ا' && suffix[1] == 'ن';
    }

    private static boolean isImperfectivePrefix(char c) {
        return c == 'ي' || c == 'ت' || c == 'ن'; // not ا: سأ is rare in news and سامي is a name
    }

    private static final int PLAIN = 0;
    private static final int FINAL_HEH = 1;
    private static final int EXTRA_HEH = 2;

    /**
     * f(X) + f(ال+X) for X = {@code w[from, to)} as is, with its last char read as ه, or with ه
     * appended; {@code scratch} starts with ال and has room for X plus one char.
     */
    private int family(char[] w, int from, int to, int mode, char[] scratch) {
        int n = to - from;
        System.arraycopy(w, from, scratch, 2, n);
        if (mode == FINAL_HEH) {
            scratch[1 + n] = HEH;
        } else if (mode == EXTRA_HEH) {
            scratch[2 + n++] = HEH;
        }
        return lexicon.frequency(scratch, 2, 2 + n) + lexicon.frequency(scratch, 0, 2 + n);
    }

    private static boolean startsWith(char[] w, char[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (w[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWith(char[] w, int from, int to, char[] suffix) {
        if (to - from != suffix.length) {
            return false;
        }
        for (int i = 0; i < suffix.length; i++) {
            if (w[from + i] != suffix[i]) {
                return false;
            }
        }
        return true;
    }

    private static char[][] toChars(String[] words) {
        char[][] out = new char[words.length][];
        for (int i = 0; i < words.length; i++) {
            out[i] = words[i].toCharArray();
        }
        return out;
    }
}
