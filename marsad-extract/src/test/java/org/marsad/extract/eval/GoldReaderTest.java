package org.marsad.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoldReaderTest {
    @Test
    void shippedSetsLoadWithEnoughArticlesAndEveryPhenomenon() {
        List<GoldArticle> test = GoldReader.resource("/org/marsad/extract/eval/extract-test.json");
        List<GoldArticle> dev = GoldReader.resource("/org/marsad/extract/eval/extract-dev.json");
        assertTrue(test.size() >= 15, "test set size " + test.size());
        assertTrue(dev.size() >= 8);
        for (GoldArticle a : test) {
            for (GoldArticle.Quote q : a.quotes()) {
                assertTrue(q.start() < q.end() && q.end() <= a.text().length());
            }
        }
        assertTrue(test.stream().anyMatch(a -> a.quotes().stream().anyMatch(q -> q.speaker() == null)));
        assertTrue(test.stream().anyMatch(a -> a.text().contains("«")) && test.stream().anyMatch(a -> a.text().contains("\"")));
        assertTrue(test.stream().anyMatch(a -> a.text().matches("(?s).*[٠-٩].*")));
        assertTrue(test.stream().anyMatch(a -> a.date() == null) && test.stream().anyMatch(a -> a.date() != null));
    }

    @Test
    void spansAreFoundBySubstringAndOccurrence() throws Exception {
        String json = """
                {"articles":[{"id":"x","text":"قال علي إن علي سافر. وقال علي أمس.",
                  "entities":[["PER","علي"]],
                  "quotes":[{"text":"علي سافر","direct":false,"speaker":"علي"}],
                  "claims":[], "dates":[{"text":"أمس","value":null}]}]}""";
        GoldArticle a = GoldReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "x.json").get(0);
        assertEquals(3, a.entities().size());
        assertEquals("علي سافر", a.text().substring(a.quotes().get(0).start(), a.quotes().get(0).end()));
        assertEquals(null, a.dates().get(0).value());
    }

    @Test
    void missingSpanIsAnErrorNamingArticleAndField() {
        String json = """
                {"articles":[{"id":"bad-1","text":"قال علي.","quotes":[{"text":"غير موجود"}]}]}""";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GoldReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "f.json"));
        assertTrue(e.getMessage().contains("f.json: article bad-1: quotes[0]"), e.getMessage());
    }
}
