package org.marsad.extract.ner;

import java.util.List;

/**
 * The BIO tag set over the four ANERcorp entity types, as small ints: {@code O} = 0, then
 * {@code B-T} = 1 + 2t and {@code I-T} = 2 + 2t for type t in {@link #TYPES} (PERS, LOC, ORG, MISC).
 * Tag names follow ANERcorp (B-PERS ...); {@link #publicType} maps them to the API's PER/LOC/ORG/MISC.
 */
public final class BioTags {
    /** ANERcorp type names, in tag-index order. */
    public static final List<String> TYPES = List.of("PERS", "LOC", "ORG", "MISC");
    public static final int O = 0;
    public static final int COUNT = 1 + 2 * 4;

    private static final String[] NAMES = new String[COUNT];

    static {
        NAMES[O] = "O";
        for (int t = 0; t < TYPES.size(); t++) {
            NAMES[begin(t)] = "B-" + TYPES.get(t);
            NAMES[inside(t)] = "I-" + TYPES.get(t);
        }
    }

    private BioTags() {}

    public static int begin(int type) {
        return 1 + 2 * type;
    }

    public static int inside(int type) {
        return 2 + 2 * type;
    }

    public static boolean isBegin(int tag) {
        return tag != O && (tag & 1) == 1;
    }

    public static boolean isInside(int tag) {
        return tag != O && (tag & 1) == 0;
    }

    /** The entity type index of a B or I tag, -1 for O. */
    public static int type(int tag) {
        return tag == O ? -1 : (tag - 1) / 2;
    }

    public static String name(int tag) {
        return NAMES[tag];
    }

    /** The tag index of an ANERcorp tag name, or -1 when the name is not one of the nine. */
    public static int index(String name) {
        for (int i = 0; i < COUNT; i++) {
            if (NAMES[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The type index of an ANERcorp type name (PERS, LOC, ORG, MISC), or -1. */
    public static int typeIndex(String type) {
        return TYPES.indexOf(type);
    }

    /** The API name of a type index: PERS becomes PER, the others keep their name. */
    public static String publicType(int type) {
        String t = TYPES.get(type);
        return t.equals("PERS") ? "PER" : t;
    }

    /**
     * Whether {@code tag} may follow {@code previous} (-1 = sentence start): an I-X tag only
     * continues a B-X or I-X, which is what makes every decoded span well formed.
     */
    public static boolean allowed(int previous, int tag) {
        if (!isInside(tag)) {
            return true;
        }
        return previous > O && type(previous) == type(tag);
    }
}
