/**
 * JMH benchmarks of marsad-text against Lucene's stock Arabic analysis; run them with
 * {@code marsad bench analyzer}. Like {@code org.marsad.text.lucene}, this package may use Lucene.
 */
package org.marsad.text.bench;
