package org.marsad.text.lucene;

import org.marsad.text.tokenize.TokenType;

/** Lucene type strings for marsad token types, interned once. */
final class TypeNames {
    private static final String[] NAMES = new String[TokenType.values().length];

    static {
        for (TokenType t : TokenType.values()) {
            NAMES[t.ordinal()] = "<" + t.name() + ">";
        }
    }

    static final String ARABIC = of(TokenType.ARABIC);

    private TypeNames() {}

    static String of(TokenType type) {
        return NAMES[type.ordinal()];
    }
}
