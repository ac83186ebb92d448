package org.marsad.text.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * Pins what each profile of {@link ArabicNormalizer} does to every one of the 65,536 chars, and
 * the removes/fold shortcuts the Lucene tokenizer uses, as checksums. A deliberate change of the
 * folding updates the constants (print the new values from the failure).
 */
class ArabicNormalizerPinnedTest {
    static final long SEARCH_CHECKSUM = 1307768451L;
    static final long DISPLAY_CHECKSUM = 2799236244L;

    @Test
    void searchProfile() {
        assertEquals(SEARCH_CHECKSUM, checksum(ArabicNormalizer.search()));
    }

    @Test
    void displayProfile() {
        assertEquals(DISPLAY_CHECKSUM, checksum(ArabicNormalizer.display()));
    }

    private static long checksum(ArabicNormalizer n) {
        CRC32 crc = new CRC32();
        TermBuffer buf = new TermBuffer();
        for (int c = 0; c < 65536; c++) {
            char ch = (char) c;
            String s = n.normalize(String.valueOf(ch));
            crc.update(c);
            crc.update(s.getBytes(StandardCharsets.UTF_16BE));
            crc.update(n.removes(ch) ? 1 : 0);
            crc.update(n.fold(ch) & 0xFF);
            crc.update(n.fold(ch) >>> 8);
            buf.clear();
            n.normalize(new char[] {ch}, 0, 1, buf);
            assertEquals(s, buf.toString(), "char[] and CharSequence paths differ at U+" + Integer.toHexString(c));
            crc.update(n.normalizeWithOffsets(s).text().getBytes(StandardCharsets.UTF_16BE));
            char m = n.map(ch);
            String viaMap = m == ArabicNormalizer.REMOVED ? "" : m == ArabicNormalizer.EXPANDS ? s : String.valueOf(m);
            assertEquals(s, viaMap, "map disagrees with normalize at U+" + Integer.toHexString(c));
            if (m == ArabicNormalizer.EXPANDS) {
                assertEquals(true, c >= 0xFB50, "only presentation and fullwidth forms expand: U+" + Integer.toHexString(c));
            }
        }
        return crc.getValue();
    }
}
