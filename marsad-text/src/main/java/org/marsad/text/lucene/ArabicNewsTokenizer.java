package org.marsad.text.lucene;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.marsad.text.normalize.ArabicNormalizer;
import org.marsad.text.segment.ArabicSegmenter;
import org.marsad.text.tokenize.ArabicTokenizer;
import org.marsad.text.tokenize.TokenType;

/**
 * Emits the word-like tokens of {@link ArabicTokenizer} with search-normalized terms and offsets
 * that cover the original chars, diacritics and tatweel included, so highlights never drift.
 * Punctuation and symbols are dropped; a hashtag yields its words (#عاصي_الحلاني → عاصي، الحلاني);
 * a number loses its % and thousands separators (12,500% → 12500). Token types are
 * {@code <ARABIC>}, {@code <LATIN>}, {@code <NUMBER>}, {@code <URL>}, {@code <EMAIL>}, {@code <MENTION>}.
 *
 * <p>The whole text is tokenized when the stream is reset, into arrays reused from one text to the
 * next. {@link ArabicNewsAnalyzer} builds it with stemming on, which does exactly what
 * {@link ArabicNewsStemFilter} does, for all terms of the text in one loop over the arrays, with the
 * stem tables' hash of each term computed while it is normalized, and no filter between tokenizer
 * and indexer.
 */
public final class ArabicNewsTokenizer extends Tokenizer {
    private static final TokenType[] TYPES = TokenType.values();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute typeAttr = addAttribute(TypeAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final ArabicTokenizer scanner = new ArabicTokenizer();
    private final ArabicNormalizer normalizer = ArabicNormalizer.search();
    /** Null when this tokenizer only normalizes. */
    private final StemTable stems;
    private final ArabicSegmenter segmenter;
    private final boolean removeStopWords;

    private char[] chars = new char[4096];
    private int finalOffset;

    // The text's tokens, filled by reset(): original span, type, term in the pool (length DROPPED: a dropped stop word).
    private int count;
    private int next;
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private byte[] types = new byte[256];
    private int[] termStarts = new int[256];
    private int[] termLengths = new int[256];
    private char[] pool = new char[4096];
    private int poolSize;
    /** Tokens whose terms the stem tables are asked about, then those the hot table did not know. */
    private int[] pending = new int[64];
    /** Per token, the stem tables' hash of its term. */
    private int[] hashes = new int[256];
    private int lastHash;
    private char[] scratch = new char[64];

    /** A tokenizer that normalizes but does not stem or drop stop words. */
    public ArabicNewsTokenizer() {
        this.stems = null;
        this.segmenter = null;
        this.removeStopWords = false;
    }

    /** The analyzer's tokenizer: also does {@link ArabicNewsStemFilter}'s work with these settings. */
    ArabicNewsTokenizer(ArabicSegmenter segmenter, boolean removeStopWords) {
        this.stems = StemTable.of(segmenter, removeStopWords);
        this.segmenter = segmenter;
        this.removeStopWords = removeStopWords;
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        int skipped = 0;
        while (next < count) {
            int i = next++;
            int len = termLengths[i];
            if (len == StemTable.DROPPED) {
                skipped++;
                continue;
            }
            term.copyBuffer(pool, termStarts[i], len);
            offset.setOffset(correctOffset(starts[i]), correctOffset(ends[i]));
            typeAttr.setType(TypeNames.of(TYPES[types[i]]));
            posInc.setPositionIncrement(1 + skipped);
            return true;
        }
        return false;
    }

    @Override
    public void end() throws IOException {
        super.end();
        offset.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        int n = 0;
        while (true) {
            if (n == chars.length) {
                chars = Arrays.copyOf(chars, chars.length * 2);
            }
            int read = input.read(chars, n, chars.length - n);
            if (read < 0) {
                break;
            }
            n += read;
        }
        finalOffset = correctOffset(n);
        scanAll(n);
        if (stems != null) {
            stemAll();
        }
    }

    @Override
    public void close() throws IOException {
        super.close();
        count = next = 0;
        if (chars.length > 1 << 16) {
            // do not pin a huge article's buffers
            chars = new char[4096];
            pool = new char[4096];
        }
        if (starts.length > 1 << 14) {
            starts = new int[256];
            ends = new int[256];
            types = new byte[256];
            termStarts = new int[256];
            termLengths = new int[256];
            hashes = new int[256];
        }
    }

    private void scanAll(int length) {
        count = next = 0;
        poolSize = 0;
        scanner.reset(chars, length);
        while (scanner.next()) {
            TokenType type = scanner.type();
            int start = scanner.start();
            int end = scanner.end();
            switch (type) {
                case PUNCT, SYMBOL -> { }
                case HASHTAG -> addHashtagParts(start + 1, end);
                case NUMBER -> addNumber(start, end);
                default -> add(start, end, type);
            }
        }
    }

    private void addHashtagParts(int from, int end) {
        int pos = from;
        while (pos < end) {
            while (pos < end && chars[pos] == '_') {
                pos++;
            }
            if (pos >= end) {
                return;
            }
            int start = pos;
            boolean arabic = false;
            while (pos < end && chars[pos] != '_') {
                char c = chars[pos];
                arabic |= c >= '\u0600' && c <= '\u06FF';
                pos++;
            }
            add(start, pos, arabic ? TokenType.ARABIC : TokenType.LATIN);
        }
    }

    private void addNumber(int start, int end) {
        add(start, end, TokenType.NUMBER);
        int i = count - 1;
        int from = termStarts[i];
        int to = from + termLengths[i];
        int n = from;
        for (int k = from; k < to; k++) {
            char c = pool[k];
            if (c != ',' && c != '%') {
                pool[n++] = c;
            }
        }
        termLengths[i] = n - from;
        poolSize = n;
    }

    private void add(int start, int end, TokenType type) {
        if (count == starts.length) {
            int size = count * 2;
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
            types = Arrays.copyOf(types, size);
            termStarts = Arrays.copyOf(termStarts, size);
            termLengths = Arrays.copyOf(termLengths, size);
            hashes = Arrays.copyOf(hashes, size);
        }
        int i = count++;
        starts[i] = start;
        ends[i] = end;
        types[i] = (byte) type.ordinal();
        termStarts[i] = poolSize;
        termLengths[i] = normalizeInto(start, end);
        hashes[i] = lastHash; // numbers then lose chars, but they are never stemmed
    }

    /**
     * Appends the search-normalized chars of {@code chars[start, end)} to the pool and returns how
     * many; leaves their {@link StemSlots#hash} in {@link #lastHash}, computed on the way.
     */
    private int normalizeInto(int start, int end) {
        // most chars map one to one; only presentation forms (U+FB50 and up) expand
        int base = poolSize;
        ensurePool(end - start);
        char[] src = chars;
        char[] buf = pool;
        int n = base;
        int h = 0;
        for (int i = start; i < end; i++) {
            char c = src[i];
            char m = normalizer.map(c);
            if (m < ArabicNormalizer.EXPANDS) {
                buf[n++] = m;
                h = 31 * h + m;
            } else if (m == ArabicNormalizer.EXPANDS) {
                String folded = normalizer.normalize(String.valueOf(c));
                poolSize = n;
                ensurePool(folded.length() + end - i);
                buf = pool;
                for (int k = 0; k < folded.length(); k++) {
                    char f = folded.charAt(k);
                    buf[n++] = f;
                    h = 31 * h + f;
                }
            }
        }
        poolSize = n;
        lastHash = StemSlots.mixHash(h, n - base);
        return n - base;
    }

    private void ensurePool(int more) {
        if (poolSize + more > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + more));
        }
    }

    /**
     * Replaces every Arabic term by its stem, or marks it dropped, as {@link ArabicNewsStemFilter}
     * would: the hot table for all terms, the cold one for those it lacks, the full path for the
     * terms neither knows.
     */
    private void stemAll() {
        if (pending.length < count) {
            pending = new int[Math.max(count, pending.length * 2)];
        }
        int[] queue = pending;
        char[] p = pool;
        int waiting = 0;
        for (int i = 0; i < count; i++) {
            if (isArabic(i)) {
                int len = termLengths[i];
                if (len > 0 && len <= StemSlots.MAX_KEY) {
                    queue[waiting++] = i;
                } else {
                    queue[waiting++] = -1 - i; // no table holds it: the full path
                }
            }
        }
        // the cold queue fills the same array behind the read position
        int cold = 0;
        for (int k = 0; k < waiting; k++) {
            int i = queue[k];
            if (i >= 0) {
                int r = stems.applyHot(p, termStarts[i], termLengths[i], hashes[i]);
                if (r != StemTable.ABSENT) {
                    termLengths[i] = r;
                    continue;
                }
            }
            queue[cold++] = i;
        }
        for (int k = 0; k < cold; k++) {
            int q = queue[k];
            int i = q >= 0 ? q : -1 - q;
            int from = termStarts[i];
            int len = termLengths[i];
            int r = q >= 0 ? stems.applyCold(p, from, len, hashes[i]) : StemTable.ABSENT;
            if (r == StemTable.ABSENT) {
                if (scratch.length < len) {
                    scratch = new char[Math.max(len, scratch.length * 2)];
                }
                System.arraycopy(p, from, scratch, 0, len);
                r = StemTable.stemOrDrop(scratch, len, segmenter, removeStopWords);
                if (r > 0) {
                    System.arraycopy(scratch, 0, p, from, r);
                }
            }
            termLengths[i] = r;
        }
    }

    /** Which terms the stem filter stems: see {@link ArabicNewsStemFilter}. */
    private boolean isArabic(int i) {
        int type = types[i];
        if (type == TokenType.ARABIC.ordinal()) {
            return true;
        }
        char first = termLengths[i] > 0 ? pool[termStarts[i]] : 0;
        return first >= '\u0620' && first <= '\u06FF' && type != TokenType.NUMBER.ordinal()
                && type != TokenType.URL.ordinal() && type != TokenType.EMAIL.ordinal();
    }
}
