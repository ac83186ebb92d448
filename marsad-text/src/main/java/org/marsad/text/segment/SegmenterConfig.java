package org.marsad.text.segment;

/**
 * Thresholds of the segmenter. A cut is accepted when the remainder was seen at least
 * {@code minFrequency} times and at least {@code ratio} times as often as the form it was cut from.
 * Defaults were chosen on the development half of the conflation test ({@code marsad eval stemming
 * --tune}); the test half is only reported.
 *
 * @param minFrequency     corpus count a remainder needs to count as a word
 * @param articleRatio     ratio for proclitic stacks with the article (ال، وال، بال، لل...)
 * @param letterRatio      ratio for one-letter proclitics and their stacks (و ف ب ك ل س، وب، فل...)
 * @param suffixRatio      ratio for enclitic pronouns and inflectional suffixes
 */
public record SegmenterConfig(int minFrequency, double articleRatio, double letterRatio, double suffixRatio) {
    public static final SegmenterConfig DEFAULT = new SegmenterConfig(3, 0.02, 0.3, 0.2);

    public SegmenterConfig {
        if (minFrequency < 1 || articleRatio < 0 || letterRatio < 0 || suffixRatio < 0) {
            throw new IllegalArgumentException("bad segmenter config " + minFrequency + " " + articleRatio
                    + " " + letterRatio + " " + suffixRatio);
        }
    }
}
