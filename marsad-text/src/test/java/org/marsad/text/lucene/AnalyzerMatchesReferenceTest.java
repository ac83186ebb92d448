package org.marsad.text.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.marsad.text.RandomNewsText;
import org.marsad.text.lexicon.StopWords;
import org.marsad.text.normalize.ArabicNormalizer;
import org.marsad.text.segment.ArabicSegmenter;
import org.marsad.text.tokenize.ArabicTokenizer;
import org.marsad.text.tokenize.Token;
import org.marsad.text.tokenize.TokenType;

/**
 * The Lucene analyzer must emit exactly what the plain, allocation-happy composition of marsad's
 * public parts gives: {@link ArabicTokenizer#tokenize}, {@link ArabicNormalizer#normalize(CharSequence)},
 * {@link StopWords#contains(CharSequence)} and {@link ArabicSegmenter#stem(CharSequence)}. Run on
 * thousands of random texts mixing news words with every char class the tokenizer treats specially,
 * it guards the analyzer's in-place fast paths.
 */
class AnalyzerMatchesReferenceTest {
    @Test
    void analyzerEqualsReferencePipelineOnRandomTexts() {
        Random random = new Random(20261129L);
        ArabicSegmenter segmenter = ArabicSegmenter.standard();
        try (ArabicNewsAnalyzer analyzer = new ArabicNewsAnalyzer(segmenter, true);
                ArabicNewsAnalyzer keepStopWords = new ArabicNewsAnalyzer(segmenter, false);
                Analyzer chained = chain(segmenter, true);
                Analyzer chainedKeepStopWords = chain(segmenter, false)) {
            for (int i = 0; i < 3000; i++) {
                String text = RandomNewsText.next(random);
                List<String> expected = reference(text, segmenter, true);
                assertEquals(expected, AnalyzerOutput.of(analyzer, text), () -> "text: " + RandomNewsText.escape(text));
                assertEquals(expected, AnalyzerOutput.of(chained, text), () -> "text: " + RandomNewsText.escape(text));
                List<String> expectedAll = reference(text, segmenter, false);
                assertEquals(expectedAll, AnalyzerOutput.of(keepStopWords, text), () -> "text: " + RandomNewsText.escape(text));
                assertEquals(expectedAll, AnalyzerOutput.of(chainedKeepStopWords, text), () -> "text: " + RandomNewsText.escape(text));
            }
            for (String text : FixedTexts.ALL) {
                assertEquals(reference(text, segmenter, true), AnalyzerOutput.of(analyzer, text));
            }
        }
    }

    /** The public components chained by hand: the tokenizer, then the stem filter. */
    private static Analyzer chain(ArabicSegmenter segmenter, boolean removeStopWords) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                ArabicNewsTokenizer source = new ArabicNewsTokenizer();
                return new TokenStreamComponents(source, new ArabicNewsStemFilter(source, segmenter, removeStopWords));
            }
        };
    }

    static List<String> reference(String text, ArabicSegmenter segmenter, boolean removeStopWords) {
        List<String> out = new ArrayList<>();
        int[] gap = {0};
        for (Token t : ArabicTokenizer.tokenize(text)) {
            switch (t.type()) {
                case PUNCT, SYMBOL -> { }
                case HASHTAG -> {
                    int s = t.start() + 1;
                    while (s < t.end()) {
                        int e = text.indexOf('_', s);
                        e = e < 0 || e > t.end() ? t.end() : e;
                        if (e > s) {
                            String part = text.substring(s, e);
                            boolean arabic = part.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF);
                            emit(out, gap, part, s, e, arabic ? TokenType.ARABIC : TokenType.LATIN, segmenter, removeStopWords);
                        }
                        s = e + 1;
                    }
                }
                default -> emit(out, gap, t.text(text), t.start(), t.end(), t.type(), segmenter, removeStopWords);
            }
        }
        out.add("end " + text.length() + " +0");
        return out;
    }

    private static void emit(List<String> out, int[] gap, String surface, int start, int end, TokenType type,
            ArabicSegmenter segmenter, boolean removeStopWords) {
        String term = ArabicNormalizer.search().normalize(surface);
        if (type == TokenType.NUMBER) {
            term = term.replace(",", "").replace("%", "");
        }
        // the stem filter also stems tokens of other types whose term starts with an Arabic char (a hashtag
        // part written in presentation forms is typed LATIN but normalizes to Arabic letters)
        boolean arabic = type == TokenType.ARABIC || !term.isEmpty() && term.charAt(0) >= '\u0620'
                && term.charAt(0) <= '\u06FF' && type != TokenType.NUMBER && type != TokenType.URL && type != TokenType.EMAIL;
        if (arabic) {
            if (removeStopWords && StopWords.contains(term)) {
                gap[0]++;
                return;
            }
            String stem = segmenter.stem(term);
            if (removeStopWords && stem.length() != term.length() && StopWords.contains(stem)) {
                gap[0]++;
                return;
            }
            term = stem;
        }
        out.add(AnalyzerOutput.line(term, start, end, 1 + gap[0], "<" + type.name() + ">"));
        gap[0] = 0;
    }
}
