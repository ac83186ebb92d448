/**
 * Near-duplicate detection: MinHash signatures over search-normalized word shingles, LSH banding
 * to find candidates, and an online {@link org.marsad.store.dedup.NearDuplicateIndex} that links each
 * new article to the first article it copies.
 */
package org.marsad.store.dedup;
