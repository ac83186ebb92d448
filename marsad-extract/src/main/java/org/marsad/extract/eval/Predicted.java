package org.marsad.extract.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.marsad.extract.claim.Claim;
import org.marsad.extract.date.DateMention;
import org.marsad.extract.doc.Doc;
import org.marsad.extract.link.Mention;
import org.marsad.extract.quote.Quote;

/**
 * What a system predicted for one article, in the shape the scorer compares: marsad's {@link Doc}
 * or a baseline's lists. Speaker and claimant are given as the strings that name them (surface
 * and canonical), so any system can be scored the same way.
 */
public record Predicted(List<GoldArticle.Entity> entities, List<Q> quotes, List<C> claims, List<GoldArticle.Date> dates) {
    /** A predicted quote; speakerNames empty when there is no speaker. */
    public record Q(int start, int end, List<String> speakerNames) {}

    /** A predicted claim; claimantNames empty when there is no claimant. */
    public record C(int start, int end, BigDecimal value, String unit, List<String> claimantNames) {}

    public static Predicted of(Doc doc) {
        String text = doc.text();
        List<GoldArticle.Entity> es = new ArrayList<>();
        for (Mention m : doc.mentions()) {
            es.add(new GoldArticle.Entity(m.start(), m.end(), m.type()));
        }
        List<Q> qs = new ArrayList<>();
        for (Quote q : doc.quotes()) {
            qs.add(new Q(q.start(), q.end(), q.speaker() == null ? List.of()
                    : List.of(q.speaker().text(text), q.speaker().canonical())));
        }
        List<C> cs = new ArrayList<>();
        for (Claim c : doc.claims()) {
            cs.add(new C(c.start(), c.end(), c.value(), c.unit().name(), c.claimant() == null ? List.of()
                    : List.of(c.claimant().text(text), c.claimant().canonical())));
        }
        List<GoldArticle.Date> ds = new ArrayList<>();
        for (DateMention d : doc.dates()) {
            ds.add(new GoldArticle.Date(d.start(), d.end(), d.value()));
        }
        return new Predicted(es, qs, cs, ds);
    }
}
