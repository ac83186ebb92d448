package org.marsad.extract.ner;

/**
 * A named-entity mention: original chars {@code [start, end)} and its type.
 *
 * @param type one of {@code PER}, {@code LOC}, {@code ORG}, {@code MISC}
 */
public record EntityMention(int start, int end, String type) {}
