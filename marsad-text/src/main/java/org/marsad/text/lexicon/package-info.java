/**
 * Word lists the analysis relies on: corpus word frequencies (learned by {@code marsad train lexicon})
 * and stop words. All keys are in the search-normalized form, so any spelling of a word finds them.
 */
package org.marsad.text.lexicon;
