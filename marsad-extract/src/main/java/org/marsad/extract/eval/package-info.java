/** Evaluation of the extractors on hand-annotated articles: gold reader, scores, a naive baseline. */
package org.marsad.extract.eval;
