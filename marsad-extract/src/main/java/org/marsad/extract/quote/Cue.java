package org.marsad.extract.quote;

/**
 * A speech cue word.
 *
 * @param lemma       the verb's dictionary form as shown («قال», «أشار إلى»)
 * @param gender      the agreement the form shows (قالت is feminine)
 * @param participle  true for «مضيفاً», «مؤكداً»...: they continue the current speaker, never name one
 * @param preposition the search-normalized preposition the verb takes («الي» for أشار إلى), or null
 * @param conjunction true when the form carried و or ف, i.e. it continues the discourse
 */
public record Cue(String lemma, Gender gender, boolean participle, String preposition, boolean conjunction) {}
