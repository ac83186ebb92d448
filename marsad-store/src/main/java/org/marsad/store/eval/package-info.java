/**
 * Retrieval quality: known-item search where each article's headline is the query for its own
 * article, for marsad's analyzer and Lucene's stock Arabic analyzer side by side, on clean
 * headlines and on headlines with realistic spelling noise.
 */
package org.marsad.store.eval;
