package org.marsad.app.corpus;

/** One article of a shared news corpus, as the corpus gives it. */
public record CorpusArticle(String id, String source, String title, String text, String date) {}
