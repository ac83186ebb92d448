package org.marsad.store.query;

import java.time.LocalDate;

/**
 * A claimed figure found in the archive, with the article it is in; {@code start}/{@code end}
 * index that article's body.
 *
 * @param unit      "%", a currency code, or the counted word
 * @param kind      PERCENT, MONEY, COUNT or MEASURE
 * @param claimant  who claimed it, or null
 * @param subject   what it is about, or null
 * @param sentence  the sentence that holds it
 */
public record ClaimHit(String articleId, String title, String source, LocalDate published, String text, int start,
        int end, double value, String unit, String kind, String qualifier, String claimant, String subject,
        String sentence) {}
