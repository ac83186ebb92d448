package org.marsad.store.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.store.Fixtures;

/** The per-thread buffered signature path gives exactly what the plain array path gives. */
class SignatureBuffersTest {
    @Test
    void bufferedSignatureEqualsArrayPathWhateverCameBefore() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        WordShingler shingler = new WordShingler(index.config().shingleSize());
        MinHasher hasher = new MinHasher(index.config().numHashes(), index.config().seed());
        // long, then shorter texts: leftovers of a longer text in the buffers must not leak in
        String longText = (Fixtures.WIRE + "\n").repeat(20);
        for (String text : List.of(longText, Fixtures.WIRE, Fixtures.EDITED, "ذهب إلى", "كلمة", "", "، . !", Fixtures.OTHER)) {
            MinHashSignature expected = hasher.signature(shingler.shingles(WordHashes.of(text)));
            MinHashSignature got = index.signature(text);
            assertEquals(expected.shingleCount(), got.shingleCount(), "shingle count of «" + text.substring(0, Math.min(20, text.length())) + "»");
            assertArrayEquals(expected.values(), got.values());
        }
    }
}
