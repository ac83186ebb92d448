package org.marsad.extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ViterbiTest {
    private static final int L = BioTags.COUNT;
    private static final int B_PERS = BioTags.index("B-PERS");
    private static final int I_PERS = BioTags.index("I-PERS");
    private static final int B_LOC = BioTags.index("B-LOC");
    private static final int I_LOC = BioTags.index("I-LOC");

    @Test
    void constraintTable() {
        assertFalse(BioTags.allowed(-1, I_PERS));
        assertFalse(BioTags.allowed(BioTags.O, I_PERS));
        assertFalse(BioTags.allowed(B_LOC, I_PERS));
        assertTrue(BioTags.allowed(B_PERS, I_PERS));
        assertTrue(BioTags.allowed(I_PERS, I_PERS));
        assertTrue(BioTags.allowed(I_LOC, B_PERS));
    }

    @Test
    void insideTagNeverStartsOrSwitchesType() {
        float[] em = new float[3 * L];
        float[] tr = new float[(L + 1) * L];
        // the emissions alone would say I-PERS I-PERS I-LOC
        em[I_PERS] = 5;
        em[B_PERS] = 1;
        em[L + I_PERS] = 5;
        em[2 * L + I_LOC] = 5;
        em[2 * L + B_LOC] = 1;
        int[] out = new int[3];
        Viterbi.decode(em, tr, 3, out);
        assertArrayEquals(new int[] {B_PERS, I_PERS, B_LOC}, out);
    }

    @Test
    void transitionsCanOutweighEmissions() {
        float[] em = new float[2 * L];
        float[] tr = new float[(L + 1) * L];
        em[B_PERS] = 2;
        em[L + BioTags.O] = 1;
        em[L + I_PERS] = 0.5f;
        tr[(B_PERS + 1) * L + I_PERS] = 1;
        int[] out = new int[2];
        Viterbi.decode(em, tr, 2, out);
        assertArrayEquals(new int[] {B_PERS, I_PERS}, out);
        tr[(B_PERS + 1) * L + I_PERS] = 0;
        Viterbi.decode(em, tr, 2, out);
        assertEquals(BioTags.O, out[1]);
    }
}
