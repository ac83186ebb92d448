package org.marsad.store.search;

import java.util.List;

/**
 * The answer to one query: total matches, the top hits, and facet counts over all matches by
 * source (most frequent first) and by month (chronological).
 */
public record SearchResults(String query, long totalHits, List<SearchHit> hits, List<FacetCount> bySource,
        List<FacetCount> byMonth, double millis) {}
