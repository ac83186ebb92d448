package org.marsad.extract.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.marsad.extract.claim.Claim;
import org.marsad.extract.date.DateMention;
import org.marsad.extract.doc.Doc;
import org.marsad.extract.eval.GivenEntities;
import org.marsad.extract.eval.GoldArticle;
import org.marsad.extract.eval.GoldReader;
import org.marsad.extract.link.Mention;
import org.marsad.extract.quote.Quote;
import org.junit.jupiter.api.Test;

/** Every span the pipeline produces lies inside the text, on every annotated article. */
class SpanOffsetsTest {
    @Test
    void allSpansAreWithinTheTextAndNonEmpty() {
        List<GoldArticle> all = new ArrayList<>(GoldReader.resource("/org/marsad/extract/eval/extract-test.json"));
        all.addAll(GoldReader.resource("/org/marsad/extract/eval/extract-dev.json"));
        int spans = 0;
        for (GoldArticle a : all) {
            Doc d = new Extractor(new GivenEntities(a)).extract(a.text(), a.date());
            int n = a.text().length();
            for (Mention m : d.mentions()) {
                assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= n);
                spans++;
            }
            for (Quote q : d.quotes()) {
                assertTrue(0 <= q.start() && q.start() < q.end() && q.end() <= n);
                if (q.speaker() != null) {
                    assertTrue(q.speaker().start() < q.speaker().end() && q.speaker().end() <= n);
                }
                spans++;
            }
            for (Claim c : d.claims()) {
                assertTrue(0 <= c.start() && c.start() < c.end() && c.end() <= n);
                spans++;
            }
            for (DateMention m : d.dates()) {
                assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= n);
                spans++;
            }
        }
        assertTrue(spans > 100, "spans checked: " + spans);
    }
}
