package org.marsad.extract.eval;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A hand-annotated article, its gold spans resolved to offsets into {@code text}.
 *
 * @param date the article date used to resolve relative dates, or null
 */
public record GoldArticle(String id, String text, LocalDate date, List<Entity> entities, List<Quote> quotes,
        List<Claim> claims, List<Date> dates) {
    /** A gold entity mention. */
    public record Entity(int start, int end, String type) {}

    /** A gold quotation; speaker is the name or phrase a reader would give, null when the text does not say. */
    public record Quote(int start, int end, boolean direct, String speaker) {}

    /** A gold claimed figure; claimant null when the figure is not in anyone's speech. */
    public record Claim(int start, int end, BigDecimal value, String unit, String claimant) {}

    /** A gold date; value null for a relative date in an article without a date. */
    public record Date(int start, int end, String value) {}
}
