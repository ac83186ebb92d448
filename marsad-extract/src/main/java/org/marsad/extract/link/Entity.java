package org.marsad.extract.link;

import java.util.List;

/**
 * One entity of an article: all its mentions, the fullest name as canonical and, for people,
 * the title seen before the name («الرئيس الأمريكي») as role.
 *
 * @param id        index in {@code doc.entities()}
 * @param canonical the longest mention, display-normalized, without a leading conjunction or preposition
 * @param role      the title before one of its mentions, as written; null when none was seen
 * @param mentions  indices into {@code doc.mentions()}, in text order
 */
public record Entity(int id, String type, String canonical, String role, List<Integer> mentions) {}
