package org.marsad.text.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.marsad.text.segment.ArabicSegmenter;

/**
 * Drops Arabic stop words and replaces every other Arabic term by its
 * {@link ArabicSegmenter} stem. Expects search-normalized terms (from {@link ArabicNewsTokenizer}
 * or {@link ArabicNewsNormalizationFilter}), so stop words match whatever their spelling: «فى» is
 * «في». A word that is a stop word after its clitics go (وفي، ومنها) is dropped too. Terms marked
 * as keywords are left alone; removed stop words leave a position gap, so phrases stay exact.
 */
public final class ArabicNewsStemFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final ArabicSegmenter segmenter;
    private final boolean removeStopWords;
    private final StemTable table;

    public ArabicNewsStemFilter(TokenStream input) {
        this(input, ArabicSegmenter.standard(), true);
    }

    public ArabicNewsStemFilter(TokenStream input, ArabicSegmenter segmenter, boolean removeStopWords) {
        super(input);
        this.segmenter = segmenter;
        this.removeStopWords = removeStopWords;
        this.table = StemTable.of(segmenter, removeStopWords);
    }

    @Override
    public boolean incrementToken() throws IOException {
        int skipped = 0;
        while (input.incrementToken()) {
            if (keyword.isKeyword() || !isArabic()) {
                addGap(skipped);
                return true;
            }
            char[] buf = term.buffer();
            int len = term.length();
            int stemLen = table.apply(buf, len);
            if (stemLen == StemTable.ABSENT) {
                stemLen = StemTable.stemOrDrop(buf, len, segmenter, removeStopWords);
            }
            if (stemLen == StemTable.DROPPED) {
                skipped += posInc.getPositionIncrement();
                continue;
            }
            term.setLength(stemLen);
            addGap(skipped);
            return true;
        }
        return false;
    }

    private boolean isArabic() {
        String t = type.type();
        if (t == TypeNames.ARABIC) {
            return true;
        }
        // types set by other tokenizers: decide by the first char
        return term.length() > 0 && term.charAt(0) >= '\u0620' && term.charAt(0) <= '\u06FF'
                && !t.equals("<NUMBER>") && !t.equals("<URL>") && !t.equals("<EMAIL>");
    }

    private void addGap(int skipped) {
        if (skipped > 0) {
            posInc.setPositionIncrement(posInc.getPositionIncrement() + skipped);
        }
    }
}
