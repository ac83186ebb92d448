package org.marsad.extract.link;

/**
 * A named-entity mention in a {@link org.marsad.extract.doc.Doc}, linked to the entity it names.
 *
 * @param start  first char, a String index into the original text
 * @param end    one past the last char
 * @param type   PER, LOC, ORG or MISC
 * @param entity index of the {@link Entity} in {@code doc.entities()}
 */
public record Mention(int start, int end, String type, int entity) {
    public String text(CharSequence original) {
        return original.subSequence(start, end).toString();
    }
}
