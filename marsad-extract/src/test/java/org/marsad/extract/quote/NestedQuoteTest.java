package org.marsad.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.extract.doc.Doc;
import org.marsad.extract.pipeline.Extractor;
import org.marsad.extract.ner.NerTagger;

/** Quote marks inside attributed reported speech do not make a second, speakerless quote. */
class NestedQuoteTest {
    @Test
    void quotedWordsInsideReportedSpeechAreOneQuote() {
        String text = "قال وزير المالية محمد معيط إن الحكومة «ستواصل دعم أسعار الخبز هذا العام» رغم الضغوط.";
        Doc doc = new Extractor(NerTagger.standard()).extract(text, null);
        List<Quote> quotes = doc.quotes();
        assertEquals(1, quotes.size(), quotes.toString());
        assertNotNull(quotes.get(0).speaker());
    }
}
