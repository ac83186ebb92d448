package org.marsad.store.story;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An article as story clustering sees it.
 *
 * @param entities entity keys ({@code TYPE/normalized name}, see {@link StoryEvidence}) named in the
 *                 title or lead, one per distinct entity; empty when the article was not annotated
 * @param dates    the days (ISO {@code yyyy-MM-dd}) its title or lead speaks of, relative dates resolved
 *                 against its publication day; empty when not annotated
 */
public record StoryArticle(String id, String source, String title, String body, Instant published,
                           List<String> entities, List<String> dates) {
    public StoryArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(published, () -> "article " + id + " has no publication time");
        source = source == null ? "" : source;
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        entities = entities == null ? List.of() : List.copyOf(entities);
        dates = dates == null ? List.of() : List.copyOf(dates);
    }

    /** An article without extracted entities or dates (clustering then relies on its words). */
    public StoryArticle(String id, String source, String title, String body, Instant published) {
        this(id, source, title, body, published, List.of(), List.of());
    }

    /** The same article with the given entities and dates. */
    public StoryArticle withEvidence(List<String> newEntities, List<String> newDates) {
        return new StoryArticle(id, source, title, body, published, newEntities, newDates);
    }
}
