package org.marsad.store.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.store.summary.DocumentFrequencies;

class StoryEvidenceTest {
    static final Instant T0 = Instant.parse("2015-08-01T08:00:00Z");

    @Test
    void storedAnnotationsGiveTheLeadsEntitiesAndWholeDays() throws Exception {
        String body = "التقى وزير الخارجية عادل الجبير في جدة نظيره الأمريكي. " + "كلمة ".repeat(200) + "باريس";
        int paris = body.indexOf("باريس");
        String json = """
                {"entities": [
                   {"type": "PER", "start": 13, "end": 24, "canonical": "عادل الجبير"},
                   {"type": "LOC", "start": 28, "end": 30, "canonical": "جدة"},
                   {"type": "LOC", "start": %d, "end": %d, "canonical": "باريس"},
                   {"type": "PER", "start": 0, "end": 1, "canonical": "ا"}],
                 "dates": [
                   {"start": 0, "end": 5, "value": "2015-07-31"},
                   {"start": 6, "end": 9, "value": "2015-07"},
                   {"start": 10, "end": 12, "value": null},
                   {"start": 13, "end": 16, "value": "2015-07-30", "relative": true}]}
                """.formatted(paris, paris + 5);
        StoryArticle a = new StoryArticle("x", "s", "t", body, T0);
        StoryArticle e = StoryEvidence.fromStored(a, new ObjectMapper().readTree(json), 120);
        // the far-away mention is outside the lead; a one-letter name is debris; a month and «أمس» are no day
        assertEquals(List.of("PER/عادل الجبير", "LOC/جده"), e.entities());
        assertEquals(List.of("2015-07-31"), e.dates());
    }

    @Test
    void sharedRareEntitiesJoinArticlesThatShareFewWords() {
        StoryArticle a = new StoryArticle("a", "okaz", "وصول المبعوث الأممي إلى مسقط",
                "وصل المبعوث الأممي مساء أمس قادما من الرياض في زيارة تستمر يومين.", T0,
                List.of("PER/اسماعيل ولد الشيخ احمد", "LOC/مسقط"), List.of("2015-07-31"));
        StoryArticle b = new StoryArticle("b", "sabq", "ولد الشيخ يلتقي الحوثيين في عمان",
                "عقد اسماعيل ولد الشيخ احمد جولة مباحثات مع وفد الحوثيين في العاصمة العمانية.", T0.plusSeconds(7200),
                List.of("PER/اسماعيل ولد الشيخ احمد", "LOC/مسقط"), List.of("2015-07-31"));
        // earlier news naming other entities, so that the envoy and Muscat are rare (an entity in every
        // article weighs nothing)
        List<StoryArticle> earlier = List.of(
                new StoryArticle("e1", "okaz", "افتتاح معرض الكتاب", "افتتح أمير المنطقة معرض الكتاب في الرياض.",
                        T0.minusSeconds(7200), List.of("LOC/الرياض"), List.of()),
                new StoryArticle("e2", "sabq", "أمطار على جازان", "هطلت أمطار غزيرة على جازان مساء الجمعة.",
                        T0.minusSeconds(3600), List.of("LOC/جازان"), List.of()));
        StoryConfig words = StoryConfig.WORDS_ONLY;
        StoryClusterer plain = new StoryClusterer(words, new DocumentFrequencies());
        earlier.forEach(plain::add);
        assertNotEquals(plain.add(a), plain.add(b));
        StoryClusterer withEntities = new StoryClusterer(words.withEvidence(0.45, 0.1), new DocumentFrequencies());
        earlier.forEach(withEntities::add);
        assertEquals(withEntities.add(a), withEntities.add(b));
    }
}
