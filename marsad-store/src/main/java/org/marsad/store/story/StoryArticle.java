package org.marsad.store.story;

import java.time.Instant;
import java.util.Objects;

/** An article as story clustering sees it. */
public record StoryArticle(String id, String source, String title, String body, Instant published) {
    public StoryArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(published, () -> "article " + id + " has no publication time");
        source = source == null ? "" : source;
        title = title == null ? "" : title;
        body = body == null ? "" : body;
    }
}
