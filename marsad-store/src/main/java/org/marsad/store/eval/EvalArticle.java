package org.marsad.store.eval;

/** An article as the retrieval evaluation needs it: its headline (the query) and its body (what is indexed). */
public record EvalArticle(String title, String body) {}
