/**
 * Quality evaluations of the text analysis that need no Lucene: the conflation test built from the
 * Buckwalter (BAMA 1.0) lexicon tables and its pairwise precision/recall. The tables are GPL and are
 * read from the shared data folder at evaluation time; nothing from them ships with marsad.
 */
package org.marsad.text.eval;
