package org.marsad.store.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.store.summary.DocumentFrequencies;

class StoryClustererTest {
    static final Instant T0 = Instant.parse("2015-08-01T08:00:00Z");

    static StoryArticle art(String id, String source, int hours, String title, String body) {
        return new StoryArticle(id, source, title, body, T0.plus(Duration.ofHours(hours)));
    }

    static final List<StoryArticle> ARTICLES = List.of(
            art("f1", "okaz", 0, "حريق في مستودع بميناء جدة الإسلامي",
                    "اندلع حريق في أحد مستودعات ميناء جدة الإسلامي فجر اليوم وباشرت فرق الدفاع المدني إطفاءه دون إصابات."),
            art("m1", "alriyadh", 1, "الهلال يفوز على النصر بهدفين",
                    "فاز الهلال على النصر بهدفين مقابل هدف في مباراة الديربي على ملعب الملك فهد الدولي في الرياض."),
            art("f2", "alwatan", 2, "الدفاع المدني يخمد حريق ميناء جدة",
                    "أخمدت فرق الدفاع المدني حريقا اندلع في مستودع بميناء جدة الإسلامي وأوضح المتحدث أن الحريق لم يسفر عن إصابات."),
            art("m2", "okaz", 3, "ديربي الرياض للهلال",
                    "حسم الهلال ديربي الرياض أمام النصر بهدفين مقابل هدف على ملعب الملك فهد الدولي."),
            art("f3", "sabq", 5, "التحقيق في أسباب حريق مستودع ميناء جدة",
                    "بدأت الجهات المختصة التحقيق في أسباب الحريق الذي اندلع في مستودع بميناء جدة الإسلامي."),
            art("f4", "okaz", 24 * 30, "حريق في مستودع بميناء جدة الإسلامي",
                    "اندلع حريق جديد في أحد مستودعات ميناء جدة الإسلامي وباشرت فرق الدفاع المدني إطفاءه."));

    @Test
    void groupsArticlesByEventAcrossSources() {
        StoryClusterer c = new StoryClusterer(StoryConfig.WORDS_ONLY, new DocumentFrequencies());
        int f1 = c.add(ARTICLES.get(0));
        int m1 = c.add(ARTICLES.get(1));
        int f2 = c.add(ARTICLES.get(2));
        int m2 = c.add(ARTICLES.get(3));
        int f3 = c.add(ARTICLES.get(4));
        assertEquals(f1, f2);
        assertEquals(f1, f3);
        assertEquals(m1, m2);
        assertNotEquals(f1, m1);
        Story fire = c.story(f1);
        assertEquals(3, fire.size());
        assertEquals(List.of("okaz", "alwatan", "sabq"), List.copyOf(fire.sources()));
        assertEquals("f1", fire.firstArticleId());
        assertEquals("f3", fire.lastArticleId());
        assertTrue(fire.label().contains("جده") || fire.label().contains("ميناء") || fire.label().contains("حريق"),
                fire.label());
    }

    @Test
    void theSameKindOfEventAMonthLaterIsANewStory() {
        StoryClusterer c = new StoryClusterer(StoryConfig.WORDS_ONLY, new DocumentFrequencies());
        int first = -1;
        int last = -1;
        for (StoryArticle a : ARTICLES) {
            int s = c.add(a);
            if (a.id().equals("f1")) {
                first = s;
            }
            if (a.id().equals("f4")) {
                last = s;
            }
        }
        assertNotEquals(first, last);
        assertEquals(3, c.size());
        assertEquals(3, c.stories().get(0).size());
    }
}
