package org.marsad.text.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The article texts a benchmark runs over, in a file the forked benchmark JVM can read with no
 * JSON library: a header line {@value #HEADER}, then per article a line with its length in
 * UTF-16 chars, the text itself (any chars, line breaks included) and a line break.
 */
public final class ArticleTexts {
    static final String HEADER = "marsad-texts v1";

    private ArticleTexts() {}

    public static void write(Path file, List<String> texts) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (String t : texts) {
                w.write(Integer.toString(t.length()));
                w.write('\n');
                w.write(t);
                w.write('\n');
            }
        }
    }

    public static String[] read(Path file) throws IOException {
        String all = Files.readString(file, StandardCharsets.UTF_8);
        if (!all.startsWith(HEADER + "\n")) {
            throw new IOException(file + ": not a marsad texts file (first line must be '" + HEADER + "')");
        }
        List<String> out = new ArrayList<>();
        int pos = HEADER.length() + 1;
        while (pos < all.length()) {
            int record = out.size() + 1;
            int nl = all.indexOf('\n', pos);
            if (nl < 0) {
                throw new IOException(file + ": article " + record + ": missing length line");
            }
            int len;
            try {
                len = Integer.parseInt(all, pos, nl, 10);
            } catch (NumberFormatException e) {
                throw new IOException(file + ": article " + record + ": bad length '" + all.substring(pos, nl) + "'", e);
            }
            int start = nl + 1;
            int end = start + len;
            if (len < 0 || end >= all.length() || all.charAt(end) != '\n') {
                throw new IOException(file + ": article " + record + ": text of " + len
                        + " chars is truncated or not followed by a line break");
            }
            out.add(all.substring(start, end));
            pos = end + 1;
        }
        return out.toArray(new String[0]);
    }

    /** Total size of {@code texts} encoded as UTF-8, the unit of the MB/s figures. */
    public static long utf8Bytes(String[] texts) {
        long n = 0;
        for (String t : texts) {
            n += t.getBytes(StandardCharsets.UTF_8).length;
        }
        return n;
    }
}
