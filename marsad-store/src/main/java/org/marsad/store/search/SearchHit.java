package org.marsad.store.search;

import java.time.LocalDate;

/**
 * One result: the article's keys and metadata, its BM25 score, a highlighted snippet of its body
 * (null if none), and how many other articles of its near-duplicate group the list leaves out.
 */
public record SearchHit(String id, String title, String source, String url, LocalDate published, float score, Snippet snippet,
        int copies) {}
