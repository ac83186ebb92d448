package org.marsad.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Triggers learned from labeled sentences, then counted in unlabeled text written for the test. */
class NameContextsTest {
    private static LabeledSentence sentence(String text, int... tags) {
        return new LabeledSentence(List.of(text.split(" ")), tags, 1);
    }

    @Test
    void learnsTriggersAndCountsWhatFollowsThem() throws Exception {
        int pers = BioTags.typeIndex("PERS");
        int loc = BioTags.typeIndex("LOC");
        List<LabeledSentence> labeled = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            labeled.add(sentence("قال الرئيس خالد اليوم", BioTags.O, BioTags.O, BioTags.begin(pers), BioTags.O));
            labeled.add(sentence("وصل الى مدينة حمص", BioTags.O, BioTags.O, BioTags.O, BioTags.begin(loc)));
        }
        Map<String, Integer> triggers = NameContexts.triggers(labeled, s -> s);
        assertEquals(pers, triggers.get("الرئيس"));
        assertEquals(loc, triggers.get("مدينة"));
        assertNull(triggers.get("قال"), "قال is followed by الرئيس, not a name");

        NameContexts c = NameContexts.learn(triggers,
                List.of("استقبل الرئيس ساركوزي الوفد. ثم غادر الرئيس ساركوزي الى مدينة حمص. ساركوزي هنا."), s -> s);
        int[] v = c.votes("ساركوزي");
        assertEquals(3, v[0], "occurrences");
        assertEquals(2, v[1 + pers]);
        assertNull(c.votes("الوفد"), "never after a trigger");
        assertNull(c.votes("حمص"), "one vote is below the minimum");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        c.write(new DataOutputStream(bytes));
        NameContexts read = NameContexts.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(c.size(), read.size());
        assertEquals(2, read.votes("ساركوزي")[1 + pers]);
    }
}
