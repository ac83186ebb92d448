package org.marsad.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityScorerTest {
    private static int[] tags(String spaced) {
        String[] names = spaced.split(" ");
        int[] out = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = BioTags.index(names[i]);
        }
        return out;
    }

    @Test
    void chunksFollowConlleval() {
        // an I- that does not continue a chunk of its type starts a new one
        assertEquals(List.of(new Chunk(0, 2, 0), new Chunk(2, 3, 1), new Chunk(4, 5, 2)),
                Chunk.of(tags("B-PERS I-PERS I-LOC O I-ORG")));
        assertEquals(List.of(new Chunk(0, 1, 0), new Chunk(1, 2, 0)), Chunk.of(tags("B-PERS B-PERS")));
        assertEquals(List.of(new Chunk(1, 3, 3)), Chunk.of(tags("O B-MISC I-MISC")));
    }

    @Test
    void exactSpanAndTypeOnly() {
        EntityScorer s = new EntityScorer();
        // gold: PERS[0,2) LOC[3,4) ORG[5,7); predicted: PERS[0,2) right, LOC[3,4) typed ORG, ORG[5,6) too short
        s.add(tags("B-PERS I-PERS O B-LOC O B-ORG I-ORG"),
              tags("B-PERS I-PERS O B-ORG O B-ORG O"));
        assertEquals(new EntityScorer.Score(3, 3, 1), s.overall());
        assertEquals(1.0 / 3, s.overall().precision(), 1e-12);
        assertEquals(1.0 / 3, s.overall().recall(), 1e-12);
        assertEquals(new EntityScorer.Score(1, 1, 1), s.of(0));
        assertEquals(new EntityScorer.Score(1, 0, 0), s.of(1));
        assertEquals(new EntityScorer.Score(1, 2, 0), s.of(2));
        assertEquals(5.0 / 7, s.tokenAccuracy(), 1e-12);
    }

    @Test
    void microAverageOverSentences() {
        EntityScorer s = new EntityScorer();
        s.add(tags("B-LOC O"), tags("B-LOC O"));
        s.add(tags("B-LOC I-LOC O B-MISC"), tags("B-LOC O O B-MISC"));
        s.add(tags("O O"), tags("B-PERS O"));
        EntityScorer.Score all = s.overall();
        assertEquals(new EntityScorer.Score(3, 4, 2), all);
        double p = 0.5;
        double r = 2.0 / 3;
        assertEquals(2 * p * r / (p + r), all.f1(), 1e-12);
    }

    @Test
    void emptyCountsGiveZeroNotNaN() {
        EntityScorer s = new EntityScorer();
        s.add(tags("O O"), tags("O O"));
        assertEquals(0.0, s.overall().f1());
        assertEquals(0.0, s.overall().precision());
    }
}
