package org.marsad.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ClusterLearnerTest {
    @Test
    void wordsSharingContextsShareAClass() {
        String[] people = {"احمد", "سامي", "خالد", "يوسف"};
        String[] foods = {"تفاحا", "خبزا", "حليبا", "جبنا"};
        ClusterLearner learner = new ClusterLearner(new ClusterLearner.Config(100, 30, 1, 32, 3, 1, 1, 10, 5L));
        for (int round = 0; round < 20; round++) {
            for (int i = 0; i < 4; i++) {
                learner.add("ذهب " + people[(i + round) % 4] + " إلى السوق مساء");
                learner.add("اشترى الولد " + foods[(i + round) % 4] + " من المتجر");
            }
        }
        WordClusters c = learner.build();
        int person = c.leaf("احمد");
        int food = c.leaf("تفاحا");
        for (String p : people) {
            assertEquals(person, c.leaf(p), p);
        }
        for (String f : foods) {
            assertEquals(food, c.leaf(f), f);
        }
        assertNotEquals(person, food);
        assertEquals(-1, c.leaf("غريب"));
    }
}
