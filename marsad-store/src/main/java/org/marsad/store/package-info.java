/**
 * The archive: readers turn sources into {@link org.marsad.store.article.Article}s
 * ({@code read}), {@code ingest} drives them into the Lucene store ({@code index}) with dedup and
 * batched commits, {@code search} answers queries with highlights and facets; {@code eval} and
 * {@code bench} measure it against stock Lucene.
 */
package org.marsad.store;
