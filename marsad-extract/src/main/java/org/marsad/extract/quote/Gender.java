package org.marsad.extract.quote;

/** Grammatical gender and number of a speech verb, which a continuation («وأضافت») must agree with. */
public enum Gender {
    MASCULINE, FEMININE, PLURAL
}
