package org.marsad.text.segment;

/**
 * Thresholds of the segmenter. A cut is accepted when the remainder was seen at least
 * {@code minFrequency} times and at least {@code ratio} times as often as the form it was cut from.
 * Defaults were chosen on the development half of the conflation test ({@code marsad eval stemming
 * --tune}); the test half is only reported.
 *
 * @param minFrequency     corpus count a remainder needs to count as a word
 * @param articleRatio     ratio for proclitic stacks with the article (ال، وال، بال، لل...)
 * @param letterRatio      ratio for one-letter proclitics (و ف ب ك ل س)
 * @param stackRatio       ratio for stacks of two letters without the article (وب فل ول وس...): «ولاية»
 *                         is not و+ل+«آية», although «آية» is common, because و+ل+X is far rarer than X
 * @param suffixRatio      ratio for enclitic pronouns and inflectional suffixes
 * @param ambiguousSuffixRatio ratio for the suffixes ه ت ان, which also end many stems: ه is the
 *                         pronoun (كتابه) or, after search folding, the feminine ة (مدرسة → مدرسه, not
 *                         the teacher مدرس); ت is the past feminine (قالت) or a root letter (بيروت);
 *                         ان is the dual or the end of a name (لبنان, not لبن)
 * @param verbPrefixRatio  ratio for an imperfective ي ت ن left at the start of the stem (infinity: never)
 */
public record SegmenterConfig(int minFrequency, double articleRatio, double letterRatio, double stackRatio,
        double suffixRatio, double ambiguousSuffixRatio, double verbPrefixRatio) {
    /**
     * Chosen on the dev half with {@code marsad eval stemming --split dev --tune}: the best F1 among
     * the configs at least as precise as Lucene's light10 on dev (P 0.9171, R 0.3736, F1 0.5310
     * against light10's P 0.8846, R 0.1577). The article needs no ratio: ال+X is often far more
     * common than X («المقبل» 7,496 times, «مقبل» 85); two-letter stacks need the remainder 3x as
     * common as the whole («ولاية» is not و+ل+«آية»); cutting a verb's ي ت ن raised recall but
     * always took precision below light10's, so it is off.
     */
    public static final SegmenterConfig DEFAULT = new SegmenterConfig(3, 0.0, 0.1, 3.0, 0.03, 0.3, Double.POSITIVE_INFINITY);

    public SegmenterConfig {
        if (minFrequency < 1 || !(articleRatio >= 0) || !(letterRatio >= 0) || !(stackRatio >= 0)
                || !(suffixRatio >= 0) || !(ambiguousSuffixRatio >= 0) || !(verbPrefixRatio >= 0)) {
            throw new IllegalArgumentException("bad segmenter config " + minFrequency + " " + articleRatio
                    + " " + letterRatio + " " + stackRatio + " " + suffixRatio + " " + ambiguousSuffixRatio + " " + verbPrefixRatio);
        }
    }
}
