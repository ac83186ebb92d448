package org.marsad.text.eval;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The two halves of the conflation test. Lemmas are assigned by a CRC32 of their base (the lemma ID
 * without its sense number {@code _1} and verb vowel class {@code -ui}), so homographic senses such
 * as {@code |bAd_1} and {@code |bAd_2} always fall in the same half and tuning on one half sees
 * nothing of the other's words.
 */
public enum Split {
    /** For tuning and error analysis. */
    DEV,
    /** Only for reporting. */
    TEST;

    public static Split of(String lemmaId) {
        CRC32 crc = new CRC32();
        crc.update(base(lemmaId).getBytes(StandardCharsets.UTF_8));
        return (crc.getValue() & 1) == 0 ? DEV : TEST;
    }

    /** {@code >abad-ui_1} → {@code >abad}. */
    static String base(String lemmaId) {
        String s = lemmaId.replaceFirst("_\\d+$", "");
        return s.replaceFirst("-[aiu]{1,2}$", "");
    }
}
