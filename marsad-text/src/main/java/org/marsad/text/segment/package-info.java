/**
 * Clitic segmentation and stemming validated by corpus evidence: a clitic is split off only when
 * what remains is a word the news corpora actually use, often enough relative to the whole form.
 */
package org.marsad.text.segment;
