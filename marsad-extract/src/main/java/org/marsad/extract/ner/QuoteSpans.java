package org.marsad.extract.ner;

/**
 * Finds the tokens of a sentence that stand between a pair of quotation marks, and the word that
 * comes right before the opening mark. Titles of programmes, books, cars and stadiums (MISC, often
 * ORG) are quoted in news: «برنامج « الناس وأنا »», «استاد " سلتيك بارك "»; the quotes and the word
 * before them («برنامج», «بعنوان», «استاد») say more about such a name than its own words do.
 *
 * <p>Marks: « », “ ”, and straight " or ' (a doubled ' ' counts as one mark). Only short spans
 * ({@link #MAX_SPAN} tokens) closed within the sentence count: a long quote is speech, not a name.
 */
final class QuoteSpans {
    /** Longest quoted span read as a possible name. */
    static final int MAX_SPAN = 6;

    private QuoteSpans() {}

    /**
     * For each token, the index of the word before the opening mark of the quoted span it is in
     * ({@code -1} when that mark opens the sentence), or {@code -2} when the token is not inside a
     * short quoted span.
     */
    static int[] opener(String[] tokens) {
        int n = tokens.length;
        int[] out = new int[n];
        java.util.Arrays.fill(out, -2);
        int i = 0;
        while (i < n) {
            int kind = mark(tokens[i]);
            if (kind == 0 || kind == CLOSE) {
                i++;
                continue;
            }
            int first = i + 1;
            if (kind == STRAIGHT_SINGLE && first < n && mark(tokens[first]) == STRAIGHT_SINGLE) {
                first++;
            }
            int close = -1;
            for (int j = first; j < n && j - first <= MAX_SPAN; j++) {
                int m = mark(tokens[j]);
                if (m == (kind == OPEN ? CLOSE : kind)) {
                    close = j;
                    break;
                }
                if (m != 0) {
                    break;
                }
            }
            if (close <= first) {
                i = first;
                continue;
            }
            for (int j = first; j < close; j++) {
                out[j] = i - 1;
            }
            i = close + 1;
            if (kind == STRAIGHT_SINGLE && i < n && mark(tokens[i]) == STRAIGHT_SINGLE) {
                i++;
            }
        }
        return out;
    }

    private static final int OPEN = 1;
    private static final int CLOSE = 2;
    private static final int STRAIGHT_DOUBLE = 3;
    private static final int STRAIGHT_SINGLE = 4;

    private static int mark(String t) {
        return switch (t) {
            case "«", "“" -> OPEN;
            case "»", "”" -> CLOSE;
            case "\"", "''" -> STRAIGHT_DOUBLE;
            case "'" -> STRAIGHT_SINGLE;
            default -> 0;
        };
    }
}
