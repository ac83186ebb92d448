package org.marsad.extract.doc;

/**
 * A labelled view onto a {@link Doc}: original chars {@code [start, end)}, Java String indices.
 *
 * @param label what the span is (an entity type, "QUOTE", a unit...), never null
 */
public record Span(int start, int end, String label) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
    }

    public String text(CharSequence original) {
        return original.subSequence(start, end).toString();
    }

    public boolean contains(int from, int to) {
        return start <= from && to <= end;
    }

    public boolean overlaps(int from, int to) {
        return start < to && from < end;
    }
}
