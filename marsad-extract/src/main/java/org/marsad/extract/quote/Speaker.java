package org.marsad.extract.quote;

/**
 * Who a quote is attributed to: a span of the text (a named entity or a noun phrase such as
 * «مصدر مسؤول»), perhaps an earlier one for a continuation («وأضاف:»).
 *
 * @param canonical the entity's canonical name when the speaker is a linked entity, else the phrase display-normalized
 * @param entity    index into {@code doc.entities()}, or -1 for a plain noun phrase
 */
public record Speaker(int start, int end, String canonical, int entity) {
    public String text(CharSequence original) {
        return original.subSequence(start, end).toString();
    }
}
