package org.marsad.store.eval;

/** Known-item scores over a set of queries: MRR@10 and Recall@10. */
public record RetrievalScore(int queries, double mrr10, double recall10) {}
