package org.marsad.text.segment;

/**
 * A search-normalized word split into its proclitics (و ف ب ك ل س ال and stacks of them), stem and
 * enclitics or inflectional suffixes. {@code stem} is what the index stores; when a suffix cut
 * uncovers a feminine ت (حكومتهم → حكومت), the stem reads it back as ه (حكومه), so it meets the
 * bare form.
 */
public record Segmentation(String proclitics, String stem, String suffixes) {
    public boolean isSplit() {
        return !proclitics.isEmpty() || !suffixes.isEmpty();
    }
}
