package org.marsad.store.search;

import java.time.LocalDate;

/** One result: the article's keys and metadata, its BM25 score, and a highlighted snippet of its body (null if none). */
public record SearchHit(String id, String title, String source, String url, LocalDate published, float score, Snippet snippet) {}
