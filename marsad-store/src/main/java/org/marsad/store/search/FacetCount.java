package org.marsad.store.search;

/** How many matching articles have this value of a facet (a source, or a month yyyy-MM). */
public record FacetCount(String value, long count) {}
