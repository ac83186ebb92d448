/**
 * Readers: turn a source file (txt, jsonl, saved html, rss/atom, warc) into
 * {@link org.marsad.store.article.Article}s. A reader never throws for bad content: it reports
 * each bad record or file to its {@link org.marsad.store.read.ReadSink} and goes on.
 */
package org.marsad.store.read;
