/**
 * The archive behind one interface, {@link org.marsad.store.backend.ArchiveStore}: what ingest,
 * search, stats and the article view need, whether the archive is the embedded Lucene index
 * ({@link org.marsad.store.backend.LuceneArchiveStore}) or a cluster (module marsad-opensearch).
 */
package org.marsad.store.backend;
