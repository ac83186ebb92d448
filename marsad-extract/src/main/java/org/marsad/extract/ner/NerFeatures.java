package org.marsad.extract.ner;

import java.util.List;
import java.util.Map;
import org.marsad.text.lexicon.Lexicon;
import org.marsad.text.normalize.ArabicNormalizer;
import org.marsad.text.segment.ArabicSegmenter;
import org.marsad.text.segment.Segmentation;

/**
 * Turns a sentence's tokens into hashed feature ids, each the bucket of one template's value
 * (feature hashing keeps the model a flat array with no dictionary).
 *
 * <p>Templates: the search-normalized word and its neighbours at ±1 and ±2, the clitic-free stem
 * (ArabicSegmenter) of the word and its neighbours, the proclitic stack and suffixes, prefixes and
 * suffixes of length 1–3 of the word and of the stem, the shape (script, digits, length) of the word
 * and its neighbours, word bigrams, the word classes (coarse to fine) of the word, its stem and its
 * neighbours, the gazetteer tag of the word and its neighbours and the roles its word plays in known
 * names, the word's frequency band in the news corpus the segmenter's lexicon was counted from (rare
 * words are more often names), how much likelier its stem is with the article ال than without (names
 * of people rarely take it), the name priors when the model has them ({@link NamePriors}), the
 * neighbours without their proclitics, and for a word inside a short quoted span the word before the
 * opening mark ({@link QuoteSpans}).
 */
public final class NerFeatures {
    /** Fixed templates per token; gazetteer word roles and name-prior shares come on top. */
    static final int FIXED = 81;
    private static final String START = "<s>";
    private static final int UNKNOWN = 0x5bd1e995;
    private static final String END = "</s>";

    private final ArabicNormalizer normalizer = ArabicNormalizer.search();
    private final ArabicSegmenter segmenter;
    private final Lexicon lexicon;
    private final WordClusters clusters;
    private final int mask;

    public NerFeatures(ArabicSegmenter segmenter, WordClusters clusters, int bits) {
        this.segmenter = segmenter;
        this.lexicon = segmenter.lexicon();
        this.clusters = clusters;
        this.mask = (1 << bits) - 1;
    }

    public WordClusters clusters() {
        return clusters;
    }

    /** The search-normalized form the word features and the gazetteer use. */
    public String normalize(String token) {
        return normalizer.normalize(token);
    }

    /** Per-token views computed once per sentence. */
    public final class Analyzed {
        final int n;
        final String[] word;
        final String[] stem;
        final String[] proclitics;
        final String[] suffixes;
        /** the word without its proclitics except the article, for gazetteer lookups (وبغداد → بغداد) */
        final String[] bare;
        final int[] shape;
        final int[] leaf;
        final int[] stemLeaf;
        /** the class of the word without its proclitics (ال kept), or of the word itself */
        final int[] coreLeaf;
        final int[] band;
        /** how much likelier the stem is with the article than without, log2 and clipped: names rarely take ال */
        final int[] article;
        /** The token views, which carry the lexicon facts once looked up. */
        final WordView[] views;
        /** {@link QuoteSpans#opener} of the raw tokens */
        final int[] quote;

        Analyzed(List<String> tokens, Map<String, WordView> cache) {
            n = tokens.size();
            word = new String[n];
            stem = new String[n];
            proclitics = new String[n];
            suffixes = new String[n];
            bare = new String[n];
            shape = new int[n];
            leaf = new int[n];
            stemLeaf = new int[n];
            coreLeaf = new int[n];
            band = new int[n];
            article = new int[n];
            views = new WordView[n];
            quote = QuoteSpans.opener(tokens.toArray(new String[0]));
            for (int i = 0; i < n; i++) {
                String raw = tokens.get(i);
                WordView v = cache == null ? view(raw) : cache.get(raw);
                if (v == null) {
                    v = view(raw);
                    if (cache.size() >= CACHE_LIMIT) {
                        cache.clear();
                    }
                    cache.put(raw, v);
                }
                views[i] = v;
                word[i] = v.word;
                stem[i] = v.stem;
                proclitics[i] = v.proclitics;
                suffixes[i] = v.suffixes;
                bare[i] = v.bare;
                shape[i] = v.shape;
                leaf[i] = v.leaf;
                stemLeaf[i] = v.stemLeaf;
                coreLeaf[i] = v.coreLeaf;
                band[i] = v.band;
                article[i] = v.article;
            }
        }

        public int size() {
            return n;
        }

        /** The word without its proclitics but the article (وبغداد → بغداد), or the word itself. */
        String core(int i) {
            return bare[i] != null ? bare[i] : word[i];
        }

        String[] cores() {
            String[] out = new String[n];
            for (int i = 0; i < n; i++) {
                out[i] = core(i);
            }
            return out;
        }
    }

    public Analyzed analyze(List<String> tokens) {
        return new Analyzed(tokens, null);
    }

    /** Like {@link #analyze(List)}, reusing and filling {@code cache} (raw token to its view; not shared between threads). */
    public Analyzed analyze(List<String> tokens, Map<String, WordView> cache) {
        return new Analyzed(tokens, cache);
    }

    /** Cached views are dropped all at once beyond this many distinct tokens, which bounds the memory. */
    static final int CACHE_LIMIT = 200_000;

    /** What the features need to know about one token on its own, independent of its sentence. */
    public static final class WordView {
        final String word;
        final String stem;
        final String proclitics;
        final String suffixes;
        final String bare;
        final int shape;
        final int leaf;
        final int stemLeaf;
        final int coreLeaf;
        final int band;
        final int article;
        /**
         * The lexicon's facts about the word, kept once looked up (a cached view is used by one
         * thread; should two ever race, each computes the same facts).
         */
        private WordFacts facts;

        WordView(String word, String stem, String proclitics, String suffixes, String bare, int shape,
                 int leaf, int stemLeaf, int coreLeaf, int band, int article) {
            this.word = word;
            this.stem = stem;
            this.proclitics = proclitics;
            this.suffixes = suffixes;
            this.bare = bare;
            this.shape = shape;
            this.leaf = leaf;
            this.stemLeaf = stemLeaf;
            this.coreLeaf = coreLeaf;
            this.band = band;
            this.article = article;
        }

        /** The facts of {@code lexicon} about this word. */
        WordFacts facts(NerLexicon lexicon) {
            WordFacts f = facts;
            if (f == null || f.lexicon != lexicon) {
                f = new WordFacts(this, lexicon);
                facts = f;
            }
            return f;
        }
    }

    WordView view(String raw) {
        String w = normalizer.normalize(raw);
        if (w.isEmpty()) {
            w = raw;
        }
        String stem = w;
        String proclitics = "";
        String suffixes = "";
        String bare = null;
        if (hasArabicLetter(w)) {
            Segmentation s = segmenter.segment(w);
            stem = s.stem();
            proclitics = s.proclitics();
            suffixes = s.suffixes();
            String article = proclitics.endsWith("ال") || proclitics.endsWith("لل") ? "ال" : "";
            String b = article + w.substring(proclitics.length());
            bare = proclitics.isEmpty() || b.equals(w) ? null : b;
        }
        int article;
        if (stem.length() >= 2 && !proclitics.endsWith("ال") && !proclitics.endsWith("لل")) {
            double r = Math.log((lexicon.frequency("ال" + stem) + 1.0) / (lexicon.frequency(stem) + 1.0)) / Math.log(2);
            article = 1 + (int) Math.max(-6, Math.min(6, Math.round(r)));
        } else {
            article = proclitics.isEmpty() ? -20 : -21;
        }
        int f = lexicon.frequency(w);
        int band = f == 0 ? 0 : 1 + Math.min(20, 31 - Integer.numberOfLeadingZeros(f));
        return new WordView(w, stem, proclitics, suffixes, bare, shape(raw), clusters.leaf(w), clusters.leaf(stem),
                bare == null ? clusters.leaf(w) : clusters.leaf(bare), band, article);
    }

    /** A sentence's feature ids: token i has {@code ids[offsets[i] .. offsets[i + 1])}. */
    public record Features(int[] ids, int[] offsets) {
        public int size() {
            return offsets.length - 1;
        }
    }

    /**
     * Feature ids for a sentence, reading the gazetteer, vocabulary and name priors of
     * {@code lexicon}. Words and stems outside the vocabulary (that of the training data) get
     * one "unknown" value instead of their identity: in training the vocabulary is that of the other
     * folds, so the model learns, as on new text, to recognize names it never saw from their context,
     * classes and affixes.
     */
    public Features extract(Analyzed a, NerLexicon lexicon) {
        int n = a.n;
        int[] gaz = lexicon.gazetteer().match(a.word, a.bare, a.n);
        Gazetteer externalGazetteer = lexicon.external();
        boolean hasExternal = externalGazetteer.size() > 0;
        int[] ext = hasExternal ? externalGazetteer.match(a.word, a.bare, n) : null;
        boolean hasContexts = lexicon.contexts().size() > 0;
        WordFacts[] facts = new WordFacts[n];
        int[] ctxType = new int[n];
        int[] prior = new int[n];
        for (int i = 0; i < n; i++) {
            facts[i] = a.views[i].facts(lexicon);
            ctxType[i] = hasContexts ? facts[i].contextType : 0;
            prior[i] = facts[i].prior;
        }
        int[] out = new int[n * (FIXED + 24)];
        int[] offsets = new int[n + 1];
        int k = 0;
        for (int i = 0; i < n; i++) {
            offsets[i] = k;
            if (out.length < k + FIXED + 64) {
                out = java.util.Arrays.copyOf(out, out.length * 2 + FIXED + 64);
            }
            String w = a.word[i];
            String s = a.stem[i];
            WordFacts fact = facts[i];
            boolean knownWord = fact.knownWord;
            boolean knownStem = fact.knownStem;
            int hw = knownWord ? w.hashCode() : UNKNOWN;
            int hs = knownStem ? s.hashCode() : UNKNOWN;
            int hp = hashWord(a, i - 1);
            int hn = hashWord(a, i + 1);
            out[k++] = bucket(0, 0);
            out[k++] = bucket(1, hw);
            out[k++] = bucket(2, hp);
            out[k++] = bucket(3, hn);
            out[k++] = bucket(4, hashWord(a, i - 2));
            out[k++] = bucket(5, hashWord(a, i + 2));
            out[k++] = bucket(6, hs);
            out[k++] = bucket(7, i > 0 ? a.stem[i - 1].hashCode() : START.hashCode());
            out[k++] = bucket(8, i + 1 < n ? a.stem[i + 1].hashCode() : END.hashCode());
            out[k++] = bucket(9, a.proclitics[i].hashCode());
            out[k++] = bucket(10, a.suffixes[i].hashCode());
            for (int len = 1; len <= 3; len++) {
                out[k++] = bucket(10 + len, prefixHash(w, len));
                out[k++] = bucket(13 + len, suffixHash(w, len));
            }
            out[k++] = bucket(17, suffixHash(s, 2));
            out[k++] = bucket(18, suffixHash(s, 3));
            out[k++] = bucket(19, prefixHash(s, 2));
            out[k++] = bucket(20, a.shape[i]);
            int sp = i > 0 ? a.shape[i - 1] : -1;
            int sn = i + 1 < n ? a.shape[i + 1] : -2;
            out[k++] = bucket(21, (sp * 131 + a.shape[i]) * 131 + sn);
            out[k++] = bucket(22, hp * 31 + hw);
            out[k++] = bucket(23, hw * 31 + hn);
            int leaf = a.leaf[i];
            out[k++] = bucket(24, clusters.top(leaf));
            out[k++] = bucket(25, clusters.mid(leaf));
            out[k++] = bucket(26, leaf);
            int lp = i > 0 ? a.leaf[i - 1] : -2;
            int ln = i + 1 < n ? a.leaf[i + 1] : -2;
            out[k++] = bucket(27, clusters.mid(lp) - (lp == -2 ? 7 : 0));
            out[k++] = bucket(28, lp);
            out[k++] = bucket(29, clusters.mid(ln) - (ln == -2 ? 7 : 0));
            out[k++] = bucket(30, ln);
            out[k++] = bucket(31, clusters.mid(a.stemLeaf[i]));
            out[k++] = bucket(32, a.stemLeaf[i]);
            out[k++] = bucket(33, i > 1 ? a.leaf[i - 2] : -2);
            out[k++] = bucket(34, i + 2 < n ? a.leaf[i + 2] : -2);
            int gp = i > 0 ? gaz[i - 1] : -1;
            int gn = i + 1 < n ? gaz[i + 1] : -1;
            out[k++] = bucket(35, gaz[i]);
            out[k++] = bucket(36, gp * 16 + gaz[i]);
            out[k++] = bucket(37, gaz[i] * 16 + gn);
            out[k++] = bucket(38, a.band[i] * 4 + (knownWord ? 2 : 0) + (knownStem ? 1 : 0));
            out[k++] = bucket(39, a.band[i] * 31 + a.proclitics[i].hashCode());
            out[k++] = bucket(40, (i > 0 ? a.stem[i - 1].hashCode() : 0) * 31 + hs);
            out[k++] = bucket(41, i == 0 ? 1 : a.shape[i - 1] >= 0 && (a.shape[i - 1] & 7) == PUNCT ? 2 : 0);
            out[k++] = bucket(42, clusters.mid(lp) * 4099 + clusters.mid(leaf));
            out[k++] = bucket(43, hp * 17 + clusters.mid(leaf));
            out[k++] = bucket(46, a.article[i]);
            out[k++] = bucket(47, a.article[i] * 64 + a.band[i]);
            String core = a.bare[i] != null ? a.bare[i] : w;
            out[k++] = bucket(63, fact.knownCore ? core.hashCode() : UNKNOWN);
            out[k++] = bucket(64, a.coreLeaf[i]);
            out[k++] = bucket(65, clusters.mid(a.coreLeaf[i]));
            out[k++] = bucket(66, i > 0 ? clusters.mid(a.stemLeaf[i - 1]) : -2);
            out[k++] = bucket(67, i + 1 < n ? clusters.mid(a.stemLeaf[i + 1]) : -2);
            out[k++] = bucket(68, hp * 31 + hn);
            out[k++] = bucket(69, clusters.mid(ln) * 4099 + clusters.mid(leaf));
            out[k++] = bucket(70, hn * 17 + clusters.mid(leaf));
            out[k++] = bucket(71, prefixHash(w, 4));
            out[k++] = bucket(72, suffixHash(w, 4));
            out[k++] = bucket(73, i + 1 < n ? a.proclitics[i + 1].hashCode() : -2);
            out[k++] = bucket(74, i > 0 ? a.proclitics[i - 1].hashCode() : -2);
            out[k++] = bucket(75, i > 0 ? clusters.mid(a.coreLeaf[i - 1]) : -2);
            out[k++] = bucket(76, i + 1 < n ? clusters.mid(a.coreLeaf[i + 1]) : -2);
            int q = a.quote[i];
            out[k++] = bucket(88, q == -2 ? 0 : 1 + (i == 0 || a.quote[i - 1] != q ? 2 : 0) + (i + 1 == n || a.quote[i + 1] != q ? 4 : 0));
            out[k++] = bucket(89, q == -2 ? -7 : q < 0 ? START.hashCode() : a.core(q).hashCode());
            int cp = i > 0 ? a.core(i - 1).hashCode() : START.hashCode();
            out[k++] = bucket(90, cp);
            out[k++] = bucket(91, i + 1 < n ? a.core(i + 1).hashCode() : END.hashCode());
            out[k++] = bucket(92, cp * 31 + hw);
            int[] votes = fact.priorVotes;
            out[k++] = bucket(48, prior[i]);
            out[k++] = bucket(49, (i > 0 ? prior[i - 1] : -99) * 1000 + prior[i] * 31 + (i + 1 < n ? prior[i + 1] : -99));
            out[k++] = bucket(50, votes == null ? -1 : 31 - Integer.numberOfLeadingZeros(votes[0]));
            out[k++] = bucket(51, fact.stemPrior);
            if (votes != null) {
                for (int t = 1; t < votes.length; t++) {
                    int share = (int) (10L * votes[t] / votes[0]);
                    if (share > 0) {
                        out[k++] = bucket(52, t * 16 + share);
                    }
                }
            }
            if (hasExternal) {
                int ep = i > 0 ? ext[i - 1] : -1;
                int en = i + 1 < n ? ext[i + 1] : -1;
                out[k++] = bucket(53, ext[i]);
                out[k++] = bucket(54, ep * 16 + ext[i]);
                out[k++] = bucket(55, ext[i] * 16 + en);
                out[k++] = bucket(57, ext[i] * 16 + gaz[i]);
                int roles = fact.externalRoles;
                for (int bit = 0; roles != 0 && bit < 32; bit++) {
                    if ((roles & (1 << bit)) != 0) {
                        out[k++] = bucket(56, bit);
                        roles &= ~(1 << bit);
                    }
                }
            }
            if (hasContexts) {
                int[] v = fact.contextVotes;
                if (v != null) {
                    for (int t = 1; t < v.length; t++) {
                        if (v[t] > 0) {
                            out[k++] = bucket(60, t * 32 + 31 - Integer.numberOfLeadingZeros(v[t]));
                            int rarity = 31 - Integer.numberOfLeadingZeros(Math.max(1, v[0] / v[t]));
                            out[k++] = bucket(61, t * 32 + Math.min(12, rarity));
                        }
                    }
                }
                out[k++] = bucket(62, ((i > 0 ? ctxType[i - 1] : -2) * 64 + ctxType[i]) * 64 + (i + 1 < n ? ctxType[i + 1] : -2));
            }
            int mask = fact.roles;
            for (int bit = 0; mask != 0 && bit < 32; bit++) {
                if ((mask & (1 << bit)) != 0) {
                    out[k++] = bucket(45, bit);
                    mask &= ~(1 << bit);
                }
            }
        }
        offsets[n] = k;
        return new Features(out, offsets);
    }

    /**
     * {@code base} plus the features a stacked second pass reads: the first pass's tags of the
     * token and its neighbours, and the first pass's votes for the token's word elsewhere in the
     * text ({@link RunVotes}; a row may be null). Each token's base features come first, then its
     * {@link #stackedOnly} ones.
     */
    public Features stacked(Features base, int[] first, int[][] votes) {
        Features extra = stackedOnly(first, votes);
        int n = base.size();
        int[] ids = base.ids();
        int[] offsets = base.offsets();
        int[] extraIds = extra.ids();
        int[] extraOffsets = extra.offsets();
        int[] out = new int[offsets[n] + extraOffsets[n]];
        int[] outOffsets = new int[n + 1];
        int k = 0;
        for (int i = 0; i < n; i++) {
            outOffsets[i] = k;
            int len = offsets[i + 1] - offsets[i];
            System.arraycopy(ids, offsets[i], out, k, len);
            k += len;
            len = extraOffsets[i + 1] - extraOffsets[i];
            System.arraycopy(extraIds, extraOffsets[i], out, k, len);
            k += len;
        }
        outOffsets[n] = k;
        return new Features(out, outOffsets);
    }

    /** Only the features {@link #stacked} adds to each token's base features, in the same order. */
    public Features stackedOnly(int[] first, int[][] votes) {
        int n = first.length;
        int[] out = new int[n * 12];
        int[] outOffsets = new int[n + 1];
        int k = 0;
        for (int i = 0; i < n; i++) {
            outOffsets[i] = k;
            int prev = i > 0 ? first[i - 1] : -1;
            int next = i + 1 < n ? first[i + 1] : -2;
            out[k++] = bucket(80, first[i]);
            out[k++] = bucket(81, (prev + 2) * 16 + next + 2);
            out[k++] = bucket(82, prev * 16 + first[i]);
            out[k++] = bucket(83, first[i] * 16 + next);
            int[] v = votes[i];
            int majority = -1;
            int names = 0;
            if (v != null) {
                for (int t = 1; t < v.length; t++) {
                    names += v[t];
                    if (v[t] > 0 && (majority < 0 || v[t] > v[majority])) {
                        majority = t;
                    }
                    if (v[t] > 0) {
                        out[k++] = bucket(85, t * 8 + Math.min(7, 32 - Integer.numberOfLeadingZeros(v[t])));
                    }
                }
            }
            // share of the word's other mentions that were inside a name, in quarters
            int share = v == null ? -1 : names + v[0] == 0 ? -2 : 4 * names / (names + v[0]);
            out[k++] = bucket(84, majority * 8 + share);
            out[k++] = bucket(86, (majority * 8 + share) * 16 + first[i]);
            out[k++] = bucket(87, (majority * 8 + share) * 16 + (prev + 2));
        }
        outOffsets[n] = k;
        return new Features(out, outOffsets);
    }

    /** The most voted type after triggers and how rare the word is otherwise (log2 band), or -1 without votes. */
    static int contextType(int[] v) {
        if (v == null) {
            return -1;
        }
        int best = 1;
        for (int t = 2; t < v.length; t++) {
            if (v[t] > v[best]) {
                best = t;
            }
        }
        int rarity = 31 - Integer.numberOfLeadingZeros(Math.max(1, v[0] / v[best]));
        return best * 8 + Math.min(7, rarity);
    }

    /** The most voted name type of a word and how sure the votes are (tenths), or -1 without votes. */
    static int priorType(int[] votes) {
        if (votes == null) {
            return -1;
        }
        int best = 1;
        for (int t = 2; t < votes.length; t++) {
            if (votes[t] > votes[best]) {
                best = t;
            }
        }
        int share = (int) Math.min(10, 10L * votes[best] / Math.max(1, votes[0]));
        return best * 16 + share / 2;
    }

    private static int hashWord(Analyzed a, int i) {
        if (i < 0) {
            return START.hashCode() + i;
        }
        if (i >= a.n) {
            return END.hashCode() + i - a.n;
        }
        return a.word[i].hashCode();
    }

    private int bucket(int template, int value) {
        int h = value * 0x9E3779B1 + template * 0x85EBCA6B;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h & mask;
    }

    private static int prefixHash(String s, int len) {
        if (s.length() < len) {
            return -len;
        }
        int h = 0;
        for (int i = 0; i < len; i++) {
            h = h * 31 + s.charAt(i);
        }
        return h;
    }

    private static int suffixHash(String s, int len) {
        if (s.length() < len) {
            return -len;
        }
        int h = 0;
        for (int i = s.length() - len; i < s.length(); i++) {
            h = h * 31 + s.charAt(i);
        }
        return h;
    }

    private static final int ARABIC = 1;
    private static final int LATIN = 2;
    private static final int DIGITS = 3;
    private static final int PUNCT = 4;
    private static final int MIXED = 5;

    /** Script class in the low 3 bits, a length band above them. */
    private static int shape(String raw) {
        int arabic = 0;
        int latin = 0;
        int digits = 0;
        int other = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF' && Character.isLetter(c)) {
                arabic++;
            } else if (Character.isDigit(c)) {
                digits++;
            } else if (Character.isLetter(c)) {
                latin++;
            } else {
                other++;
            }
        }
        int letters = arabic + latin + digits;
        int cls;
        if (letters == 0) {
            cls = PUNCT;
        } else if (arabic == letters) {
            cls = ARABIC;
        } else if (latin == letters) {
            cls = LATIN;
        } else if (digits == letters) {
            cls = DIGITS;
        } else {
            cls = MIXED;
        }
        int len = raw.length();
        int band = len <= 2 ? len : len <= 4 ? 3 : len <= 6 ? 4 : len <= 9 ? 5 : 6;
        return cls | band << 3 | (other > 0 && letters > 0 ? 1 << 6 : 0);
    }

    private static boolean hasArabicLetter(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= '\u0621' && c <= '\u064A') {
                return true;
            }
        }
        return false;
    }
}
