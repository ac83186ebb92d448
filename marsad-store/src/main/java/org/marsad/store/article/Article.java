package org.marsad.store.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article. {@code body} is the text exactly as read (offsets of tokens, entities and
 * highlights point into it); {@code url}, {@code title}, {@code published} and {@code author} may be
 * null when the source does not give them. {@code id} is {@link ArticleKeys#id} of source and body.
 */
public record Article(String id, String source, String url, String title, LocalDate published, String body, String author) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
    }

    /** An article whose id is derived from its source and body. */
    public static Article of(String source, String url, String title, LocalDate published, String body, String author) {
        return new Article(ArticleKeys.id(source, body), source, blankToNull(url), blankToNull(title), published, body,
                blankToNull(author));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
