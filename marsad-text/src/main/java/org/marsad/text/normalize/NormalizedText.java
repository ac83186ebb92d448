package org.marsad.text.normalize;

/**
 * A normalized view of an original string, with every normalized char mapped back to the
 * original chars it came from. Offsets are Java {@code String} indices (UTF-16 units).
 *
 * <p>A normalized char produced by a ligature expansion maps to the whole ligature; a removed
 * char (a diacritic, tatweel, a bidi mark) maps to nothing, so a normalized span
 * {@code [s, e)} maps to the original span {@code [originalStart(s), originalEnd(e))}, which
 * covers any removed chars between its first and last kept char.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] starts;
    private final int[] ends;

    NormalizedText(String original, String text, int[] starts, int[] ends) {
        this.original = original;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    public String original() {
        return original;
    }

    /** The normalized text. */
    public String text() {
        return text;
    }

    /** Original index where normalized char {@code i} starts; {@code i == length} maps to the original length. */
    public int originalStart(int i) {
        return i >= starts.length ? original.length() : starts[i];
    }

    /**
     * Original index just past the normalized span ending at {@code end} (exclusive):
     * the end of the original chars behind normalized char {@code end - 1}.
     */
    public int originalEnd(int end) {
        return end <= 0 ? 0 : ends[end - 1];
    }
}
