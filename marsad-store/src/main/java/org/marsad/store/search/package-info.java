/**
 * Queries over the archive: the query syntax ({@link org.marsad.store.search.ArchiveQueryParser}),
 * BM25 search with highlighted snippets and facets ({@link org.marsad.store.search.ArchiveSearcher}),
 * and archive statistics.
 */
package org.marsad.store.search;
