package org.marsad.text.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.text.tokenize.ArabicTokenizer;
import org.marsad.text.tokenize.Token;
import org.marsad.text.tokenize.TokenType;

/**
 * Splits a tokenized text into sentences.
 *
 * <p>A sentence ends after . ؟ ? ! … (and runs of them such as ... or ؟!), together with any
 * closing quotes or brackets right after, and at every line break. It does not end:
 * inside a decimal (12.5 is one token), inside an open quotation « » “ ” or "…", or after an
 * abbreviation: a single letter followed by a dot (د. م. ص. ق.م) or a known Latin one (Mr. U.S.).
 * An unclosed quotation is forgotten at the next line break, so one stray « cannot swallow an article.
 */
public final class SentenceSplitter {
    private static final Set<String> LATIN_ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "inc", "ltd", "co", "no", "gen", "col");

    private SentenceSplitter() {}

    public static List<Sentence> split(CharSequence text) {
        return split(text, ArabicTokenizer.tokenize(text));
    }

    public static List<Sentence> split(CharSequence text, List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        int first = -1;
        int guillemets = 0;
        int curly = 0;
        boolean straight = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (first >= 0 && lineBreakBetween(text, tokens.get(i - 1).end(), t.start())) {
                out.add(sentence(tokens, first, i));
                first = -1;
                guillemets = curly = 0;
                straight = false;
            }
            if (first < 0) {
                first = i;
            }
            if (t.type() != TokenType.PUNCT) {
                continue;
            }
            char c = text.charAt(t.start());
            switch (c) {
                case '\u00AB' -> guillemets++;
                case '\u00BB' -> guillemets = Math.max(0, guillemets - 1);
                case '\u201C' -> curly++;
                case '\u201D' -> curly = Math.max(0, curly - 1);
                case '"' -> straight = !straight;
                default -> {
                    // other punctuation does not change the quotation state
                }
            }
            boolean closesQuotationAfterStop = (c == '\u00BB' || c == '\u201D' || c == '"') && i > first
                    && guillemets == 0 && curly == 0 && !straight
                    && tokens.get(i - 1).type() == TokenType.PUNCT && isTerminator(text.charAt(tokens.get(i - 1).start()));
            if (closesQuotationAfterStop) {
                // «انتهى الأمر.» ends its sentence at the closing mark
                out.add(sentence(tokens, first, i + 1));
                first = -1;
                continue;
            }
            if (!isTerminator(c) || guillemets > 0 || curly > 0 || straight) {
                continue;
            }
            if (c == '.' && t.length() == 1 && isAbbreviation(text, tokens, i)) {
                continue;
            }
            int endTok = i + 1;
            while (endTok < tokens.size() && isCloser(text, tokens.get(endTok))
                    && !lineBreakBetween(text, tokens.get(endTok - 1).end(), tokens.get(endTok).start())) {
                endTok++;
            }
            out.add(sentence(tokens, first, endTok));
            first = -1;
            i = endTok - 1;
        }
        if (first >= 0) {
            out.add(sentence(tokens, first, tokens.size()));
        }
        return out;
    }

    private static Sentence sentence(List<Token> tokens, int first, int end) {
        return new Sentence(tokens.get(first).start(), tokens.get(end - 1).end(), first, end);
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '?' || c == '!' || c == '\u061F' || c == '\u2026';
    }

    private static boolean isCloser(CharSequence text, Token t) {
        if (t.type() != TokenType.PUNCT) {
            return false;
        }
        char c = text.charAt(t.start());
        return c == '\u00BB' || c == '\u201D' || c == ')' || c == ']' || c == '"' && t.length() == 1;
    }

    private static boolean lineBreakBetween(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028' || c == '\u0085') {
                return true;
            }
        }
        return false;
    }

    private static boolean isAbbreviation(CharSequence text, List<Token> tokens, int dot) {
        if (dot == 0) {
            return false;
        }
        Token prev = tokens.get(dot - 1);
        if (prev.end() != tokens.get(dot).start()) {
            return false; // "word ." with a space is a full stop
        }
        if (prev.type() == TokenType.ARABIC) {
            return letterCount(text, prev) == 1;
        }
        if (prev.type() == TokenType.LATIN) {
            String w = prev.text(text).toLowerCase(java.util.Locale.ROOT);
            return w.length() == 1 || LATIN_ABBREVIATIONS.contains(w);
        }
        return false;
    }

    private static int letterCount(CharSequence text, Token t) {
        int n = 0;
        for (int i = t.start(); i < t.end(); i++) {
            if (Character.isLetter(text.charAt(i)) && text.charAt(i) != '\u0640') {
                n++;
            }
        }
        return n;
    }
}
