package org.marsad.extract.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Reads CoNLL-style files: one token per line, the token in the first column and (for labeled
 * files) the tag in the last, columns separated by spaces or tabs, a blank line between sentences.
 * A bad line is reported with its file and line number.
 */
public final class ConllReader {
    /** Tags as ANERcorp writes them. */
    public static final UnaryOperator<String> ANERCORP_TAGS = UnaryOperator.identity();

    /**
     * AQMAR tags mapped to ANERcorp's: PER → PERS, every MIS* subtype → MISC, and the release's few
     * typos to what they obviously mean (I--ORG → I-ORG, OO and IO → O, B-ENGLISH/B-SPANISH → B-MISC).
     */
    public static final UnaryOperator<String> AQMAR_TAGS = ConllReader::aqmarTag;

    private ConllReader() {}

    /** Labeled sentences of a file whose tags {@code mapping} turns into ANERcorp tag names. */
    public static List<LabeledSentence> readLabeled(Path file, UnaryOperator<String> mapping) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readLabeled(r, file.toString(), mapping);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public static List<LabeledSentence> readLabeled(Reader in, String source, UnaryOperator<String> mapping) {
        List<LabeledSentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<Integer> tags = new ArrayList<>();
        int[] first = {0};
        read(in, source, (lineNo, columns) -> {
            if (columns == null) {
                if (!tokens.isEmpty()) {
                    out.add(new LabeledSentence(tokens, tags.stream().mapToInt(Integer::intValue).toArray(), first[0]));
                    tokens.clear();
                    tags.clear();
                }
                return;
            }
            if (columns.length < 2) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": expected 'token tag', found no tag");
            }
            String raw = columns[columns.length - 1];
            int tag = BioTags.index(mapping.apply(raw));
            if (tag < 0) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": unknown tag '" + raw + "'");
            }
            if (tokens.isEmpty()) {
                first[0] = lineNo;
            }
            tokens.add(columns[0]);
            tags.add(tag);
        });
        return out;
    }

    /** The token sentences of a file (first column only; other columns are ignored). */
    public static List<List<String>> readTokens(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readTokens(r, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public static List<List<String>> readTokens(Reader in, String source) {
        List<List<String>> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        read(in, source, (lineNo, columns) -> {
            if (columns == null) {
                if (!tokens.isEmpty()) {
                    out.add(List.copyOf(tokens));
                    tokens.clear();
                }
            } else {
                tokens.add(columns[0]);
            }
        });
        return out;
    }

    private interface LineSink {
        /** {@code columns} is null at a sentence break (blank line or end of input). */
        void accept(int lineNo, String[] columns);
    }

    private static void read(Reader in, String source, LineSink sink) {
        BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
        int lineNo = 0;
        try {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                String trimmed = line.strip();
                if (trimmed.isEmpty()) {
                    sink.accept(lineNo, null);
                } else {
                    sink.accept(lineNo, trimmed.split("[ \t]+"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source + ":" + lineNo + ": " + e.getMessage(), e);
        }
        sink.accept(lineNo + 1, null);
    }

    private static String aqmarTag(String raw) {
        String t = raw.replace("`", "");
        switch (t) {
            case "O", "OO", "IO" -> {
                return "O";
            }
            case "I--ORG" -> {
                return "I-ORG";
            }
            case "B-ENGLISH", "B-SPANISH" -> {
                return "B-MISC";
            }
            default -> { }
        }
        if (t.length() > 2 && (t.startsWith("B-") || t.startsWith("I-"))) {
            String prefix = t.substring(0, 2);
            String type = t.substring(2);
            if (type.equals("PER")) {
                return prefix + "PERS";
            }
            if (type.startsWith("MIS")) {
                return prefix + "MISC";
            }
        }
        return t;
    }
}
