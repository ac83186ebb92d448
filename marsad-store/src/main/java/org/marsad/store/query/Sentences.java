package org.marsad.store.query;

/**
 * The sentence around a span, cut at sentence-ending punctuation and line breaks: a cheap
 * context for a listed claim, without tokenizing the whole article again.
 */
final class Sentences {
    private static final String ENDS = ".!?؟\n";

    private Sentences() {}

    static String around(String body, int start, int end) {
        int from = start;
        while (from > 0 && !isEnd(body, from - 1)) {
            from--;
        }
        int to = end;
        while (to < body.length() && !isEnd(body, to)) {
            to++;
        }
        if (to < body.length() && body.charAt(to) != '\n') {
            to++; // keep the full stop
        }
        return body.substring(from, to).strip();
    }

    /** A full stop between digits («5.2») does not end a sentence. */
    private static boolean isEnd(String s, int i) {
        char c = s.charAt(i);
        if (ENDS.indexOf(c) < 0) {
            return false;
        }
        return !(c == '.' && i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1))
                && Character.isDigit(s.charAt(i + 1)));
    }
}
