package org.marsad.text.sentence;

/**
 * A sentence: original chars {@code [start, end)} and tokens {@code [firstToken, endToken)}
 * of the token list it was split from.
 */
public record Sentence(int start, int end, int firstToken, int endToken) {
    public String text(CharSequence original) {
        return original.subSequence(start, end).toString();
    }
}
