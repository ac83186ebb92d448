package org.marsad.text.normalize;

/** How far a {@link ArabicNormalizer} folds text. */
public enum NormalizationProfile {
    /**
     * Aggressive folding for matching: every spelling variant a reader would accept as the
     * same word maps to one form. Used by indexing and querying alike.
     */
    SEARCH,
    /**
     * Only invisible and compatibility fixes: bidi and zero-width marks, BOM and soft hyphen are
     * removed, presentation forms decomposed. Letters, diacritics, tatweel and digits stay as written.
     */
    DISPLAY
}
