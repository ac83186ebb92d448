package org.marsad.store.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;

/**
 * One field value already run through the analyzer: every token's term (as the UTF-8 bytes Lucene
 * indexes), position increment and offsets, and what the stream reported at its end. Built on a
 * preparing thread so that the single indexing thread only inverts; {@link Replay} feeds it to
 * Lucene as exactly the tokens the analyzer gave, so the index holds the same terms, positions,
 * offsets and norms as when Lucene analyzes the text itself. Immutable once built.
 */
public final class AnalyzedText {
    private final byte[] bytes;
    /** Per token: end of its term in {@link #bytes} (the start is the previous token's end). */
    private final int[] termEnds;
    private final int[] starts;
    private final int[] ends;
    private final int[] positionIncrements;
    private final int count;
    private final int finalOffset;
    private final int finalPositionIncrement;

    private AnalyzedText(byte[] bytes, int[] termEnds, int[] starts, int[] ends, int[] positionIncrements, int count,
            int finalOffset, int finalPositionIncrement) {
        this.bytes = bytes;
        this.termEnds = termEnds;
        this.starts = starts;
        this.ends = ends;
        this.positionIncrements = positionIncrements;
        this.count = count;
        this.finalOffset = finalOffset;
        this.finalPositionIncrement = finalPositionIncrement;
    }

    /** The tokens {@code analyzer} gives for {@code text} in {@code field}. Any thread (analyzers keep per-thread state). */
    public static AnalyzedText of(Analyzer analyzer, String field, String text) {
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            // first guesses from the text's length (tokens of a few chars, two UTF-8 bytes per Arabic char); grown as needed
            int capacity = Math.max(16, text.length() / 6);
            byte[] bytes = new byte[Math.max(64, text.length() + text.length() / 4)];
            int[] termEnds = new int[capacity];
            int[] starts = new int[capacity];
            int[] ends = new int[capacity];
            int[] incs = new int[capacity];
            int n = 0;
            int used = 0;
            ts.reset();
            while (ts.incrementToken()) {
                if (n == termEnds.length) {
                    int size = n * 2;
                    termEnds = Arrays.copyOf(termEnds, size);
                    starts = Arrays.copyOf(starts, size);
                    ends = Arrays.copyOf(ends, size);
                    incs = Arrays.copyOf(incs, size);
                }
                int max = term.length() * UnicodeUtil.MAX_UTF8_BYTES_PER_CHAR;
                if (used + max > bytes.length) {
                    bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + max));
                }
                used = UnicodeUtil.UTF16toUTF8(term, 0, term.length(), bytes, used);
                termEnds[n] = used;
                starts[n] = offset.startOffset();
                ends[n] = offset.endOffset();
                incs[n] = inc.getPositionIncrement();
                n++;
            }
            ts.end();
            // the arrays are kept as grown (not trimmed): a copy per text was more garbage than the slack
            return new AnalyzedText(bytes, termEnds, starts, ends, incs, n, offset.endOffset(), inc.getPositionIncrement());
        } catch (IOException e) {
            throw new UncheckedIOException("analyzing a string cannot fail: " + e.getMessage(), e);
        }
    }

    /** Number of tokens. */
    public int size() {
        return count;
    }

    /**
     * A token stream that plays an {@link AnalyzedText} back to the indexer, reusable from one value
     * to the next ({@link #of}); one per indexing thread, each value consumed before the next is set.
     */
    public static final class Replay extends TokenStream {
        private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
        private final BytesRef ref = new BytesRef();
        private AnalyzedText text;
        private int next;

        /** This stream, set to play {@code t} from its first token. */
        public Replay of(AnalyzedText t) {
            text = t;
            next = 0;
            return this;
        }

        @Override
        public boolean incrementToken() {
            AnalyzedText t = text;
            if (next >= t.count) {
                return false;
            }
            clearAttributes();
            int i = next++;
            ref.bytes = t.bytes;
            ref.offset = i == 0 ? 0 : t.termEnds[i - 1];
            ref.length = t.termEnds[i] - ref.offset;
            term.setBytesRef(ref);
            offset.setOffset(t.starts[i], t.ends[i]);
            inc.setPositionIncrement(t.positionIncrements[i]);
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(text.finalOffset, text.finalOffset);
            inc.setPositionIncrement(text.finalPositionIncrement);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
