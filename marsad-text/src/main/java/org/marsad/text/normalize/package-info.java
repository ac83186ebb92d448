/**
 * Arabic normalization with a char-level map back to the original text.
 * Normalization is a view: callers keep the original string and use
 * {@link org.marsad.text.normalize.NormalizedText} to translate offsets.
 */
package org.marsad.text.normalize;
