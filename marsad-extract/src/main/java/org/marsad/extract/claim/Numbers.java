package org.marsad.extract.claim;

import java.math.BigDecimal;
import java.util.Map;

/** Reads numbers written in digits (already search-normalized: ٫ → '.', ٬ → ',', Arabic-Indic → 0-9) and scale words. */
final class Numbers {
    private static final Map<String, BigDecimal> SCALES = Map.ofEntries(
            Map.entry("الف", BigDecimal.valueOf(1_000)), Map.entry("الفا", BigDecimal.valueOf(1_000)),
            Map.entry("الاف", BigDecimal.valueOf(1_000)),
            Map.entry("مليون", BigDecimal.valueOf(1_000_000)), Map.entry("مليونا", BigDecimal.valueOf(1_000_000)),
            Map.entry("ملايين", BigDecimal.valueOf(1_000_000)), Map.entry("ملاين", BigDecimal.valueOf(1_000_000)),
            Map.entry("مليار", BigDecimal.valueOf(1_000_000_000)), Map.entry("مليارا", BigDecimal.valueOf(1_000_000_000)),
            Map.entry("مليارات", BigDecimal.valueOf(1_000_000_000)), Map.entry("بليون", BigDecimal.valueOf(1_000_000_000)),
            Map.entry("تريليون", BigDecimal.valueOf(1_000_000_000_000L)),
            Map.entry("تريليونات", BigDecimal.valueOf(1_000_000_000_000L)));

    private Numbers() {}

    /**
     * True for «ألف», «مليون», «مليار» standing alone for one thousand, million, billion («مليون دولار»);
     * plurals alone («آلاف», «مليارات») mean «thousands of», not a number.
     */
    static boolean singularScale(String norm) {
        return norm.equals("الف") || norm.equals("مليون") || norm.equals("مليار") || norm.equals("بليون");
    }

    /** The scale a word names, or null. */
    static BigDecimal scale(String norm) {
        return SCALES.get(norm);
    }

    /**
     * The value of a normalized number token without its % sign; null when it is not a plain number.
     * A comma followed by groups of exactly three digits separates thousands; any other comma is a decimal mark.
     */
    static BigDecimal parse(String s) {
        if (s.isEmpty()) {
            return null;
        }
        String digits = s;
        if (digits.indexOf(',') >= 0) {
            boolean thousands = digits.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
            digits = thousands ? digits.replace(",", "") : digits.replace(',', '.');
        }
        if (!digits.matches("\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(digits);
    }

    /** The value in plain notation without trailing zeros (2500000000, not 2.5E+9). */
    static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
