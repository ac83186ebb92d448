/**
 * Extractive summaries of an article or a story: sentences ranked by LexRank centrality over
 * stem TF-IDF cosine, with a lead-position prior, picked with maximal marginal relevance so the
 * summary does not repeat itself.
 */
package org.marsad.store.summary;
