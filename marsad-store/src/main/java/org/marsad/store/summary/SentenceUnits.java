package org.marsad.store.summary;

import java.util.ArrayList;
import java.util.List;
import org.marsad.text.sentence.Sentence;
import org.marsad.text.sentence.SentenceSplitter;
import org.marsad.text.tokenize.ArabicTokenizer;
import org.marsad.text.tokenize.Token;

/** The sentences of one or more texts, with their terms, word counts and positions. */
public final class SentenceUnits {
    /** A candidate sentence. {@code position} is its index in its own text. */
    public record Unit(int doc, int position, int start, int end, String text, List<String> terms, int words) {}

    private SentenceUnits() {}

    public static List<Unit> of(List<String> texts) {
        List<Unit> out = new ArrayList<>();
        for (int d = 0; d < texts.size(); d++) {
            String text = texts.get(d);
            List<Token> tokens = ArabicTokenizer.tokenize(text);
            int pos = 0;
            for (Sentence s : SentenceSplitter.split(text, tokens)) {
                int words = 0;
                for (int i = s.firstToken(); i < s.endToken(); i++) {
                    if (tokens.get(i).type().isWordLike()) {
                        words++;
                    }
                }
                if (words == 0) {
                    continue;
                }
                out.add(new Unit(d, pos++, s.start(), s.end(), s.text(text), ContentTerms.of(text, s.start(), s.end()),
                        words));
            }
        }
        return out;
    }

    /** Words of a text as the summaries count them (word-like tokens). */
    public static int words(String text) {
        int n = 0;
        for (Token t : ArabicTokenizer.tokenize(text)) {
            if (t.type().isWordLike()) {
                n++;
            }
        }
        return n;
    }
}
