package org.marsad.store.search;

import java.util.List;

/**
 * A passage of an article body with the matched words marked. {@code start} is the offset of the
 * passage in the body; each highlight is a [start, end) range into {@link #text} (add {@code start}
 * for body offsets). Highlights cover whole original words, diacritics, tatweel and clitics included.
 */
public record Snippet(String text, int start, List<Highlight> highlights) {
    /** A matched word: [start, end) in the snippet text. */
    public record Highlight(int start, int end) {}

    /** The snippet with each highlight wrapped in {@code open}/{@code close} markers. */
    public String marked(String open, String close) {
        StringBuilder sb = new StringBuilder(text.length() + highlights.size() * (open.length() + close.length()));
        int pos = 0;
        for (Highlight h : highlights) {
            sb.append(text, pos, h.start()).append(open).append(text, h.start(), h.end()).append(close);
            pos = h.end();
        }
        return sb.append(text, pos, text.length()).toString();
    }
}
