package org.marsad.text.tokenize;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Token}s whose offsets point into the text as given.
 *
 * <p>A cursor: {@link #reset} it on a text, then call {@link #next()} until it returns false,
 * reading {@link #start()}, {@link #end()} and {@link #type()} after each call. One instance is
 * not thread-safe but can be reused without allocating; {@link #tokenize(CharSequence)} is the
 * convenient form.
 *
 * <p>Rules, in the order they are tried at each position:
 * URLs (http://, https://, www.), e-mail addresses, #hashtags, @mentions, numbers (digits of
 * any script, with . , ٫ ٬ between digits and an optional trailing % or ٪), Arabic words
 * (letters with their diacritics, tatweel and zero-width joiners), other words (letters and
 * digits: G20, 5G), punctuation (a run of the same mark is one token: ... !!), symbols.
 * Invisible marks (LRM, RLM, ZWSP, BOM...) are skipped between tokens and kept inside words.
 */
public final class ArabicTokenizer {
    // A String (not any CharSequence) keeps charAt monomorphic in this hot loop.
    private String text = "";
    private int limit;
    private int pos;
    private int start;
    private int end;
    private TokenType type;

    public ArabicTokenizer reset(CharSequence text) {
        this.text = text.toString();
        this.limit = text.length();
        this.pos = 0;
        this.start = this.end = 0;
        this.type = null;
        return this;
    }

    public static List<Token> tokenize(CharSequence text) {
        ArabicTokenizer t = new ArabicTokenizer().reset(text);
        List<Token> out = new ArrayList<>(Math.max(16, text.length() / 5));
        while (t.next()) {
            out.add(new Token(t.start, t.end, t.type));
        }
        return out;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public TokenType type() {
        return type;
    }

    /** Advances to the next token; false at the end of the text. */
    public boolean next() {
        while (pos < limit) {
            char c = text.charAt(pos);
            byte cls = CharClass.of(c);
            if (cls == CharClass.SPACE || cls == CharClass.IGNORABLE) {
                pos++;
                continue;
            }
            if (cls == CharClass.ARABIC_MARK) {
                int letter = nextArabicLetterAfterMarks(pos);
                if (letter < 0) {
                    pos = -letter - 1; // a run of stray diacritics or tatweel that starts nothing
                    continue;
                }
            }
            start = pos;
            scanToken(c, cls);
            end = pos;
            return true;
        }
        start = end = limit;
        type = null;
        return false;
    }

    private void scanToken(char c, byte cls) {
        if ((c == 'h' || c == 'H' || c == 'w' || c == 'W') && scanUrl()) {
            return;
        }
        if ((cls == CharClass.LETTER || cls == CharClass.DIGIT) && c < 128 && scanEmail()) {
            return;
        }
        if ((c == '#' || c == '\uFF03') && pos + 1 < limit && isWordChar(text.charAt(pos + 1))) {
            pos++;
            consumeHashtagBody();
            type = TokenType.HASHTAG;
            return;
        }
        if (c == '@' && pos + 1 < limit && isAsciiWordChar(text.charAt(pos + 1))) {
            pos++;
            while (pos < limit && isAsciiWordChar(text.charAt(pos))) {
                pos++;
            }
            type = TokenType.MENTION;
            return;
        }
        switch (cls) {
            case CharClass.DIGIT -> scanNumber();
            case CharClass.ARABIC_LETTER, CharClass.ARABIC_MARK -> scanArabic();
            case CharClass.LETTER -> scanOtherWord();
            case CharClass.PUNCT -> scanPunct(c);
            default -> scanSymbolOrSupplementary(c);
        }
    }

    /**
     * Tatweel or a mark may open a word only when a letter follows (ـبـ). Returns the index of that
     * letter, or {@code -(end + 1)} where {@code end} is where the run of marks stops, so a long run
     * is skipped in one step instead of being rescanned from every mark.
     */
    private int nextArabicLetterAfterMarks(int i) {
        int j = i + 1;
        for (; j < limit; j++) {
            byte k = CharClass.of(text.charAt(j));
            if (k == CharClass.ARABIC_LETTER) {
                return j;
            }
            if (k != CharClass.ARABIC_MARK && k != CharClass.IGNORABLE) {
                break;
            }
        }
        return -j - 1;
    }

    private void scanArabic() {
        pos++;
        while (pos < limit) {
            byte k = CharClass.of(text.charAt(pos));
            if (k == CharClass.ARABIC_LETTER || k == CharClass.ARABIC_MARK) {
                pos++;
            } else if (k == CharClass.IGNORABLE && pos + 1 < limit
                    && CharClass.of(text.charAt(pos + 1)) == CharClass.ARABIC_LETTER) {
                pos++; // an RLM or ZWSP inside a word does not split it
            } else {
                break;
            }
        }
        type = TokenType.ARABIC;
    }

    private void scanNumber() {
        consumeDigits();
        while (pos + 1 < limit && isNumberSeparator(text.charAt(pos))
                && CharClass.of(text.charAt(pos + 1)) == CharClass.DIGIT) {
            pos++;
            consumeDigits();
        }
        if (pos < limit && CharClass.of(text.charAt(pos)) == CharClass.LETTER && text.charAt(pos) < 0x250) {
            // 5G, 3D, 2km: one alphanumeric word
            scanOtherWordFrom();
            return;
        }
        if (pos < limit && (text.charAt(pos) == '%' || text.charAt(pos) == '\u066A')) {
            pos++;
        }
        type = TokenType.NUMBER;
    }

    private void consumeDigits() {
        while (pos < limit && CharClass.of(text.charAt(pos)) == CharClass.DIGIT) {
            pos++;
        }
    }

    private static boolean isNumberSeparator(char c) {
        return c == '.' || c == ',' || c == '\u066B' || c == '\u066C';
    }

    private void scanOtherWord() {
        pos++;
        scanOtherWordFrom();
    }

    private void scanOtherWordFrom() {
        while (pos < limit) {
            char ch = text.charAt(pos);
            byte k = CharClass.of(ch);
            if (k == CharClass.LETTER || k == CharClass.MARK || k == CharClass.DIGIT && ch < 128) {
                pos++;
            } else if ((ch == '\'' || ch == '\u2019') && pos + 1 < limit
                    && CharClass.of(text.charAt(pos + 1)) == CharClass.LETTER) {
                pos++; // O'Brien, don't
            } else if (Character.isHighSurrogate(ch) && pos + 1 < limit
                    && Character.isLetter(Character.codePointAt(text, pos))) {
                pos += 2;
            } else {
                break;
            }
        }
        type = TokenType.LATIN;
    }

    private void scanPunct(char c) {
        pos++;
        while (pos < limit && text.charAt(pos) == c && (c == '.' || c == '!' || c == '?' || c == '\u061F'
                || c == '-' || c == '\u2026')) {
            pos++;
        }
        type = TokenType.PUNCT;
    }

    private void scanSymbolOrSupplementary(char c) {
        if (Character.isHighSurrogate(c) && pos + 1 < limit && Character.isLowSurrogate(text.charAt(pos + 1))) {
            int cp = Character.codePointAt(text, pos);
            if (Character.isLetter(cp)) {
                scanOtherWordFrom();
                return;
            }
            pos += 2;
        } else {
            pos++; // includes unpaired surrogates: one symbol token each, never an exception
        }
        type = TokenType.SYMBOL;
    }

    private boolean scanUrl() {
        int p = pos;
        if (regionMatches(p, "https://")) {
            p += 8;
        } else if (regionMatches(p, "http://")) {
            p += 7;
        } else if (regionMatches(p, "www.")) {
            p += 4;
        } else {
            return false;
        }
        if (p >= limit || !isUrlChar(text.charAt(p))) {
            return false;
        }
        while (p < limit && isUrlChar(text.charAt(p))) {
            p++;
        }
        // trailing punctuation belongs to the sentence, not the URL
        while (p > pos && ".,;:!?)]'\"\u060C\u061B\u061F".indexOf(text.charAt(p - 1)) >= 0) {
            p--;
        }
        pos = p;
        type = TokenType.URL;
        return true;
    }

    private boolean isUrlChar(char c) {
        byte k = CharClass.of(c);
        return k != CharClass.SPACE && c != '"' && c != '<' && c != '>' && c != '\u00AB' && c != '\u00BB'
                && c != '\u201C' && c != '\u201D' && c != '\u060C' && k != CharClass.IGNORABLE;
    }

    private boolean regionMatches(int p, String prefix) {
        if (p + prefix.length() > limit) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (Character.toLowerCase(text.charAt(p + i)) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean scanEmail() {
        int p = pos;
        while (p < limit && isEmailLocalChar(text.charAt(p))) {
            p++;
        }
        if (p >= limit || text.charAt(p) != '@' || p == pos) {
            return false;
        }
        int q = p + 1;
        int lastDot = -1;
        while (q < limit && (isAsciiAlnum(text.charAt(q)) || text.charAt(q) == '-' || text.charAt(q) == '.')) {
            if (text.charAt(q) == '.') {
                lastDot = q;
            }
            q++;
        }
        while (q > p + 1 && text.charAt(q - 1) == '.') {
            q--;
        }
        if (lastDot < 0 || lastDot >= q - 2 || lastDot == p + 1) {
            return false;
        }
        pos = q;
        type = TokenType.EMAIL;
        return true;
    }

    private static boolean isEmailLocalChar(char c) {
        return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isAsciiWordChar(char c) {
        return isAsciiAlnum(c) || c == '_';
    }

    private static boolean isWordChar(char c) {
        byte k = CharClass.of(c);
        return k == CharClass.ARABIC_LETTER || k == CharClass.LETTER || k == CharClass.DIGIT || c == '_';
    }

    private void consumeHashtagBody() {
        while (pos < limit) {
            char ch = text.charAt(pos);
            byte k = CharClass.of(ch);
            if (k == CharClass.ARABIC_LETTER || k == CharClass.ARABIC_MARK || k == CharClass.LETTER
                    || k == CharClass.MARK || k == CharClass.DIGIT || ch == '_') {
                pos++;
            } else {
                break;
            }
        }
    }
}
