package org.marsad.text.tokenize;

/** What kind of text a token covers. */
public enum TokenType {
    /** An Arabic-script word, clitics still attached (وبالمدرسة), diacritics and tatweel included. */
    ARABIC,
    /** A word in another script (Latin, Greek, Cyrillic...), possibly with digits (G20, 5G). */
    LATIN,
    /** Digits in any script with decimal/thousands separators and an optional percent sign: 12, 12.5, ١٢٫٥, 90%. */
    NUMBER,
    /** #word, including underscores (#عاصي_الحلاني). */
    HASHTAG,
    /** @handle. */
    MENTION,
    URL,
    EMAIL,
    /** Punctuation: ، ؛ ؟ « » “ ” " : . ! … and the like; runs of the same mark (...) are one token. */
    PUNCT,
    /** Anything else that is visible: symbols, emoji, currency signs. */
    SYMBOL;

    /** True for tokens that carry words or values (not punctuation or symbols). */
    public boolean isWordLike() {
        return this != PUNCT && this != SYMBOL;
    }
}
