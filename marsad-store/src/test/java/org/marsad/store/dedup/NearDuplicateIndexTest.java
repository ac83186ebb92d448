package org.marsad.store.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.marsad.store.Fixtures;

class NearDuplicateIndexTest {
    static final String WIRE = Fixtures.WIRE;
    static final String OTHER = Fixtures.OTHER;
    static final String EDITED = Fixtures.EDITED;

    @Test
    void spellingVariantsGiveTheSameShingles() {
        WordShingler s = new WordShingler(3);
        assertEquals(java.util.Arrays.toString(s.shingles("ذهب إلى المستشفى في جدة")),
                java.util.Arrays.toString(s.shingles("ذهب الى المستشفي فى جدة")));
    }

    @Test
    void editedCopyIsSimilarAndUnrelatedArticleIsNot() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        MinHashSignature a = index.signature(WIRE);
        MinHashSignature b = index.signature(EDITED);
        MinHashSignature c = index.signature(OTHER);
        assertTrue(a.containment(b) > 0.8, "edited copy containment " + a.containment(b));
        assertTrue(a.jaccard(b) > 0.7, "edited copy jaccard " + a.jaccard(b));
        assertTrue(a.jaccard(c) < 0.05, "unrelated jaccard " + a.jaccard(c));
    }

    @Test
    void copyWithDeletedParagraphsKeepsHighContainmentButLowerJaccard() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        String[] paras = WIRE.strip().split("\n");
        String shortened = paras[0] + "\n" + paras[1] + "\n" + paras[2];
        MinHashSignature a = index.signature(WIRE);
        MinHashSignature b = index.signature(shortened);
        assertTrue(a.containment(b) > 0.85, "containment " + a.containment(b));
        assertTrue(a.jaccard(b) < a.containment(b));
    }

    @Test
    void linksCopiesToTheFirstArticleAndLeavesOthersAlone() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        DuplicateLink first = index.add("a1", WIRE);
        assertFalse(first.isDuplicate());
        assertFalse(index.add("b1", OTHER).isDuplicate());
        DuplicateLink copy = index.add("a2", EDITED);
        assertEquals("a1", copy.originalId());
        assertTrue(copy.similarity() >= DedupConfig.DEFAULT.minContainment());
        // a copy of the copy still points at the first article of the group
        DuplicateLink copyOfCopy = index.add("a3", EDITED + "\nجميع الحقوق محفوظة.");
        assertEquals("a1", copyOfCopy.originalId());
        assertEquals("a1", index.originalOf("a3"));
        assertEquals("b1", index.originalOf("b1"));
        assertNull(index.originalOf("nope"));
    }

    @Test
    void emptyTextIsNeverADuplicate() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        assertFalse(index.add("e1", "").isDuplicate());
        assertFalse(index.add("e2", "  ").isDuplicate());
    }

    @Test
    void rejectsTheSameIdTwice() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        index.add("x", WIRE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> index.add("x", OTHER));
        assertTrue(e.getMessage().contains("x"));
    }

    @Test
    void signaturesFromAnotherConfigurationAreRejected() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        MinHashSignature small = new MinHasher(16, 1).signature(new WordShingler(3).shingles(WIRE));
        assertThrows(IllegalArgumentException.class, () -> index.add("s", small));
    }

    @Test
    void manyUnrelatedArticlesStayOriginals() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        java.util.Random r = new java.util.Random(7);
        String[] words = (WIRE + " " + OTHER).split("\\s+");
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 80; w++) {
                sb.append(words[r.nextInt(words.length)]).append(' ');
            }
            assertFalse(index.add("r" + i, sb.toString()).isDuplicate(), "random text " + i);
        }
        assertEquals(300, index.size());
    }

    @Test
    void freshSignaturesCarryShinglesForAnExactContainmentAndStoredOnesDoNot() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        String[] paras = WIRE.strip().split("\n");
        String shortened = paras[0] + "\n" + paras[1];
        MinHashSignature full = index.signature(WIRE);
        MinHashSignature part = index.signature(shortened);
        assertTrue(full.hasShingles());
        // every shingle of the shortened copy lies in the full text: exactly 1, not an estimate near it
        assertEquals(1.0, part.exactContainment(full));
        long[] a = new WordShingler(3).shingles(shortened);
        long[] b = new WordShingler(3).shingles(OTHER);
        java.util.Set<Long> inB = new java.util.HashSet<>();
        for (long x : b) {
            inB.add(x);
        }
        long common = java.util.Arrays.stream(a).filter(inB::contains).count();
        assertEquals(common / (double) Math.min(a.length, b.length), part.exactContainment(index.signature(OTHER)), 1e-9);
        MinHashSignature stored = MinHashSignature.fromBytes(full.toBytes());
        assertFalse(stored.hasShingles());
        assertEquals(part.containment(stored), part.exactContainment(stored));
    }

    @Test
    void aCopyWithBylineFooterAndACutParagraphIsLinked() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        String[] paras = WIRE.strip().split("\n");
        StringBuilder copy = new StringBuilder("الرياض - واس\n");
        for (int i = 0; i < paras.length; i++) {
            if (i != 1) {
                copy.append(paras[i]).append('\n');
            }
        }
        copy.append("للمزيد من الأخبار تابعونا على تويتر وفيسبوك. جميع الحقوق محفوظة للصحيفة ولا يجوز النقل دون إذن.");
        index.add("w", WIRE);
        assertEquals("w", index.add("c", copy.toString()).originalId());
    }

    @Test
    void bandingMustFitInTheSignature() {
        assertThrows(IllegalArgumentException.class, () -> new DedupConfig(3, 100, 3, 0.7, 0.4, 1, 0.5, 256, 0.3, 5));
        assertEquals(256, DedupConfig.DEFAULT.numHashes());
        assertTrue(DedupConfig.DEFAULT.bands() * DedupConfig.DEFAULT.rows() <= 256);
    }

    @Test
    void theBoundedCountIsExactAtOrAboveItsFloorAndBelowItOtherwise() {
        java.util.Random r = new java.util.Random(11);
        MinHasher h = new MinHasher(8, 3);
        long[] pool = r.longs(90).toArray(); // full-width hashes, as shingles are
        for (int t = 0; t < 500; t++) {
            long[] a = r.ints(1 + r.nextInt(60), 0, 90).mapToLong(i -> pool[i]).sorted().distinct().toArray();
            long[] b = r.ints(1 + r.nextInt(60), 0, 90).mapToLong(i -> pool[i]).sorted().distinct().toArray();
            MinHashSignature sa = h.signature(a);
            MinHashSignature sb = h.signature(b);
            double exact = sa.exactContainment(sb);
            double floor = r.nextDouble();
            double bounded = sa.exactContainment(sb, floor);
            if (exact >= floor) {
                assertEquals(exact, bounded, 0.0);
            } else {
                assertTrue(bounded < floor, exact + " " + bounded + " " + floor);
            }
        }
    }

    @Test
    void aPartJoinsTheGroupOnlyWhenItCopiesMoreOfItThanItDiffersFrom() {
        // a long report carrying two stories, and each story alone: each part is a copy of the report,
        // but the two parts share nothing, so the second part is plainly different from the first
        String report = WIRE + OTHER;
        NearDuplicateIndex two = new NearDuplicateIndex();
        two.add("report", report);
        assertEquals("report", two.add("part1", WIRE).originalId());
        // a copy of one member (the report) and plainly different from one (part1): stays apart
        assertFalse(two.add("part2", OTHER).isDuplicate());

        NearDuplicateIndex three = new NearDuplicateIndex();
        three.add("report", report);
        assertEquals("report", three.add("report2", "الرياض - واس\n" + report).originalId());
        assertEquals("report", three.add("part1", WIRE).originalId());
        // a copy of two members and different from one: joins
        assertEquals("report", three.add("part2", OTHER).originalId());
    }

    @Test
    void restoredGroupsVoteLikeFreshOnes() {
        // as an archive reopens: signatures read back (no shingles, so estimates) and stored links
        NearDuplicateIndex fresh = new NearDuplicateIndex();
        NearDuplicateIndex index = new NearDuplicateIndex();
        index.restore("report", MinHashSignature.fromBytes(fresh.signature(WIRE + OTHER).toBytes()), null);
        index.restore("part1", MinHashSignature.fromBytes(fresh.signature(WIRE).toBytes()), "report");
        assertEquals("report", index.originalOf("part1"));
        assertFalse(index.add("part2", OTHER).isDuplicate(), "different from part1, a copy of the report only");
        assertEquals("report", index.add("report2", "الرياض - واس\n" + WIRE + OTHER).originalId());
    }

    @Test
    void aFewWordsAreACopyOnlyOfTheSameWords() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        index.add("caption", "رئيس مجلس الأمة");
        assertFalse(index.add("longer", "رئيس مجلس الأمة الكويتي").isDuplicate());
        assertEquals("caption", index.add("same", "رئيس مجلس الامة").originalId());
    }
}
