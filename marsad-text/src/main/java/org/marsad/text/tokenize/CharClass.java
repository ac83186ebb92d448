package org.marsad.text.tokenize;

/** Per-char classes the tokenizer scans with; one table lookup per char. */
final class CharClass {
    static final byte OTHER = 0;
    static final byte SPACE = 1;
    /** Invisible marks (ZWSP, LRM, RLM, ALM, BOM, soft hyphen...): never split a word, never start one. */
    static final byte IGNORABLE = 2;
    static final byte ARABIC_LETTER = 3;
    /** Harakat, Quranic marks, tatweel, ZWNJ/ZWJ: part of the Arabic word around them. */
    static final byte ARABIC_MARK = 4;
    static final byte DIGIT = 5;
    static final byte LETTER = 6;
    /** Combining marks of other scripts (U+0300–036F and the like). */
    static final byte MARK = 7;
    static final byte PUNCT = 8;
    static final byte SYMBOL = 9;

    private static final byte[] TABLE = build();

    private CharClass() {}

    static byte of(char c) {
        return TABLE[c];
    }

    /** Digit value 0–9 for ASCII, Arabic-Indic and Persian digits, else -1. */
    static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return c - '\u0660';
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return c - '\u06F0';
        }
        return -1;
    }

    private static byte[] build() {
        byte[] t = new byte[65536];
        for (int c = 0; c < 65536; c++) {
            t[c] = classify((char) c);
        }
        return t;
    }

    private static byte classify(char c) {
        if (digitValue(c) >= 0) {
            return DIGIT;
        }
        switch (c) {
            case '\u200B', '\u200E', '\u200F', '\u061C', '\uFEFF', '\u00AD', '\u2060', '\u2061', '\u2062',
                    '\u2063', '\u2064', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067',
                    '\u2068', '\u2069' -> {
                return IGNORABLE;
            }
            case '\u200C', '\u200D', '\u0640' -> {
                return ARABIC_MARK;
            }
            case '\uFDFA', '\uFDFB', '\uFDFD' -> {
                return SYMBOL; // ligatures of whole phrases (ﷺ): not words
            }
            case '\uFD3E', '\uFD3F' -> {
                return PUNCT; // ornate parentheses
            }
            default -> {
                // fall through to the Unicode categories below
            }
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return SPACE;
        }
        if ((c >= '\u0610' && c <= '\u061A') || (c >= '\u064B' && c <= '\u065F') || c == '\u0670'
                || (c >= '\u06D6' && c <= '\u06DC') || (c >= '\u06DF' && c <= '\u06E4')
                || (c >= '\u06E7' && c <= '\u06E8') || (c >= '\u06EA' && c <= '\u06ED')
                || (c >= '\u08D3' && c <= '\u08FF')) {
            return ARABIC_MARK;
        }
        if (Character.isSurrogate(c)) {
            return OTHER; // decided per code point by the tokenizer
        }
        int type = Character.getType(c);
        boolean arabicBlock = (c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F')
                || (c >= '\u08A0' && c <= '\u08FF') || (c >= '\uFB50' && c <= '\uFDFF')
                || (c >= '\uFE70' && c <= '\uFEFF');
        if (Character.isLetter(c)) {
            return arabicBlock ? ARABIC_LETTER : LETTER;
        }
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            return arabicBlock ? ARABIC_MARK : MARK;
        }
        switch (type) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> {
                return PUNCT;
            }
            case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.PRIVATE_USE -> {
                return IGNORABLE;
            }
            default -> {
                return SYMBOL;
            }
        }
    }
}
