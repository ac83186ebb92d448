package org.marsad.extract.claim;

/**
 * What a figure counts.
 *
 * @param kind     PERCENT, MONEY, COUNT or MEASURE
 * @param name     the unit as shown: "%", an ISO 4217 code for money when known («جنيه» → EGP), else the word's singular
 * @param currency ISO 4217 code for money, null otherwise or when the word does not say which («دينار» alone)
 */
public record Unit(Kind kind, String name, String currency) {
    /** The kinds of figure. */
    public enum Kind { PERCENT, MONEY, COUNT, MEASURE }

    static final Unit PERCENT = new Unit(Kind.PERCENT, "%", null);
}
