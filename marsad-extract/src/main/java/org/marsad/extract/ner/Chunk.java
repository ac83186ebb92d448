package org.marsad.extract.ner;

import java.util.ArrayList;
import java.util.List;

/** An entity over tokens {@code [start, end)} of a sentence, with its type index ({@link BioTags#TYPES}). */
public record Chunk(int start, int end, int type) {

    /**
     * The chunks of a tag sequence, read the way conlleval reads them: a chunk starts at every B-X,
     * and also at an I-X that does not continue a chunk of type X; it ends before O, B-*, or an
     * I-Y of another type.
     */
    public static List<Chunk> of(int[] tags) {
        List<Chunk> out = new ArrayList<>();
        int start = -1;
        int type = -1;
        for (int i = 0; i <= tags.length; i++) {
            int tag = i < tags.length ? tags[i] : BioTags.O;
            boolean continues = BioTags.isInside(tag) && start >= 0 && BioTags.type(tag) == type;
            if (start >= 0 && !continues) {
                out.add(new Chunk(start, i, type));
                start = -1;
            }
            if (tag != BioTags.O && !continues) {
                start = i;
                type = BioTags.type(tag);
            }
        }
        return out;
    }
}
