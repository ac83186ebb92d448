package org.marsad.store.search;

import java.util.List;

/**
 * The answer to one query: total matches, the top hits, and facet counts over all matches by
 * source (most frequent first), by month (chronological) and by entity (the most named entities
 * of each type, most frequent first).
 */
public record SearchResults(String query, long totalHits, List<SearchHit> hits, List<FacetCount> bySource,
        List<FacetCount> byMonth, List<EntityCount> byEntity, double millis) {
    /** Results without entity facets. */
    public SearchResults(String query, long totalHits, List<SearchHit> hits, List<FacetCount> bySource,
            List<FacetCount> byMonth, double millis) {
        this(query, totalHits, hits, bySource, byMonth, List.of(), millis);
    }
}
