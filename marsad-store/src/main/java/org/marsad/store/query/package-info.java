/**
 * Views over the archive's annotations for the CLI and the HTTP API: an article with its
 * annotations, entities with their counts, one entity's timeline, company and quotes, and
 * searchable lists of quotes and claims. Counts come from the index (term and doc frequencies,
 * postings, facets); only the listed quotes and claims read stored annotations.
 */
package org.marsad.store.query;
