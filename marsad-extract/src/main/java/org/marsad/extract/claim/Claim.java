package org.marsad.extract.claim;

import java.math.BigDecimal;
import org.marsad.extract.quote.Speaker;

/**
 * A claimed figure: chars {@code [start, end)} cover qualifier, number, scale word and unit
 * («نحو 12%», «٢٫٥ مليار جنيه»).
 *
 * @param value        the number with its scale applied («30 ألف» → 30000)
 * @param qualifier    «نحو», «أكثر من»... in its dictionary spelling, or null
 * @param claimant     the speaker of the quotation the figure sits in, or null
 * @param subjectStart start of what the figure is about («العجز»), or -1 when not found in the clause
 */
public record Claim(int start, int end, BigDecimal value, Unit unit, String qualifier, Speaker claimant,
        int subjectStart, int subjectEnd) {
    public String text(CharSequence original) {
        return original.subSequence(start, end).toString();
    }

    public String subject(CharSequence original) {
        return subjectStart < 0 ? null : original.subSequence(subjectStart, subjectEnd).toString();
    }
}
