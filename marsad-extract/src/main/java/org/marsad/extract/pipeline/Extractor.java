package org.marsad.extract.pipeline;

import java.time.LocalDate;
import java.util.List;
import org.marsad.extract.claim.ClaimExtractor;
import org.marsad.extract.date.DateExtractor;
import org.marsad.extract.doc.Annotator;
import org.marsad.extract.doc.Doc;
import org.marsad.extract.link.EntityLinker;
import org.marsad.extract.ner.EntityTagger;
import org.marsad.extract.quote.QuoteExtractor;

/**
 * The extraction pipeline: dates, entities (tagged and linked), quotes with speakers, then claimed
 * figures, each component adding its spans to the {@link Doc}. Order matters: quotes need entities
 * for speakers, claims need quotes for claimants and dates to skip their numbers. Stateless and
 * thread-safe when the tagger is.
 */
public final class Extractor {
    private final List<Annotator> components;

    public Extractor(EntityTagger tagger) {
        this.components = List.of(new DateExtractor(), new EntityLinker(tagger), new QuoteExtractor(), new ClaimExtractor());
    }

    /** Tokenizes, splits and annotates one article; {@code articleDate} may be null. */
    public Doc extract(String text, LocalDate articleDate) {
        Doc doc = new Doc(text, articleDate);
        for (Annotator a : components) {
            a.annotate(doc);
        }
        return doc;
    }
}
