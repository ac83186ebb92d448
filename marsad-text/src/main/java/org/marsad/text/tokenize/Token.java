package org.marsad.text.tokenize;

/**
 * A token: the original text's chars {@code [start, end)} and their type.
 *
 * @param start first char, a Java String index into the original text
 * @param end   one past the last char
 */
public record Token(int start, int end, TokenType type) {
    public Token {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
    }

    public String text(CharSequence original) {
        return original.subSequence(start, end).toString();
    }

    public int length() {
        return end - start;
    }
}
