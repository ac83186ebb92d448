package org.marsad.store.search;

import java.time.LocalDate;

/**
 * Filters applied on top of a query (each may be null): a source name, a date range (inclusive),
 * an entity (exact key {@code TYPE/name} or a name, see {@link AnnotationFilters}), a speaker.
 */
public record SearchFilters(String source, LocalDate from, LocalDate to, String entity, String speaker) {
    public static final SearchFilters NONE = new SearchFilters(null, null, null, null, null);
}
