package org.marsad.extract.ner;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The model-file form of a table from words to {@code [total, PERS, LOC, ORG, MISC]} counts, shared
 * by {@link NameContexts} and {@link NamePriors}: a count, then each word (sorted, so the file is
 * reproducible) with its counts.
 */
final class WordVotes {
    private static final int WIDTH = 1 + BioTags.TYPES.size();

    private WordVotes() {}

    static void write(Map<String, int[]> counts, DataOutput out) throws IOException {
        out.writeInt(counts.size());
        for (var e : new TreeMap<>(counts).entrySet()) {
            out.writeUTF(e.getKey());
            for (int c : e.getValue()) {
                out.writeInt(c);
            }
        }
    }

    /** Reads a table written by {@link #write}; {@code what} names it in the error for a corrupt file. */
    static Map<String, int[]> read(DataInput in, String what) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("bad " + what + " count " + n);
        }
        Map<String, int[]> counts = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String w = in.readUTF();
            int[] c = new int[WIDTH];
            for (int t = 0; t < c.length; t++) {
                c[t] = in.readInt();
            }
            counts.put(w, c);
        }
        return counts;
    }
}
