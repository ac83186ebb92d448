package org.marsad.store.summary;

import java.util.ArrayList;
import java.util.List;
import org.marsad.text.lexicon.StopWords;
import org.marsad.text.normalize.ArabicNormalizer;
import org.marsad.text.segment.ArabicSegmenter;
import org.marsad.text.tokenize.ArabicTokenizer;
import org.marsad.text.tokenize.TokenType;

/**
 * The topical terms of a text span: search-normalized words, stop words dropped, Arabic words
 * reduced to their stem (clitics split by the marsad segmenter), so «والحكومة» and «الحكومة» and
 * «حكومة» are one term. Numbers are kept (figures tie reports of one event together).
 */
public final class ContentTerms {
    private ContentTerms() {}

    public static List<String> of(CharSequence text) {
        return of(text, 0, text.length());
    }

    public static List<String> of(CharSequence text, int from, int to) {
        List<String> out = new ArrayList<>();
        for (Term t : terms(text, from, to)) {
            out.add(t.term());
        }
        return out;
    }

    /** A term with the search-normalized word it came from (to show a stem as a word people write). */
    public record Term(String word, String term) {}

    public static List<Term> terms(CharSequence text, int from, int to) {
        List<Term> out = new ArrayList<>();
        ArabicTokenizer tok = new ArabicTokenizer().reset(text.subSequence(from, to));
        ArabicNormalizer norm = ArabicNormalizer.search();
        ArabicSegmenter seg = ArabicSegmenter.standard();
        CharSequence span = text.subSequence(from, to);
        while (tok.next()) {
            TokenType t = tok.type();
            if (!t.isWordLike() || t == TokenType.URL || t == TokenType.EMAIL) {
                continue;
            }
            String w = norm.normalize(span.subSequence(tok.start(), tok.end()));
            if (w.isEmpty() || StopWords.contains(w)) {
                continue;
            }
            String term = w;
            if (t == TokenType.ARABIC) {
                term = seg.stem(w);
                if (term.length() < 2 || StopWords.contains(term)) {
                    continue;
                }
            }
            out.add(new Term(w, term));
        }
        return out;
    }
}
