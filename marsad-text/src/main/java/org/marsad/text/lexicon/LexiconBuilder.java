package org.marsad.text.lexicon;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.text.normalize.ArabicNormalizer;
import org.marsad.text.normalize.TermBuffer;
import org.marsad.text.tokenize.ArabicTokenizer;
import org.marsad.text.tokenize.TokenType;

/** Counts search-normalized Arabic word forms over a stream of texts and writes a lexicon file. */
public final class LexiconBuilder {
    private final Map<String, int[]> counts = new HashMap<>(1 << 20);
    private final ArabicTokenizer tokenizer = new ArabicTokenizer();
    private final TermBuffer term = new TermBuffer();
    private long documents;
    private long tokens;

    public void add(CharSequence text) {
        documents++;
        tokenizer.reset(text);
        ArabicNormalizer normalizer = ArabicNormalizer.search();
        while (tokenizer.next()) {
            if (tokenizer.type() != TokenType.ARABIC) {
                continue;
            }
            term.clear();
            normalizer.normalize(text, tokenizer.start(), tokenizer.end(), term);
            if (term.length() == 0 || term.length() > 40) {
                continue;
            }
            tokens++;
            counts.computeIfAbsent(term.toString(), k -> new int[1])[0]++;
        }
    }

    public long documents() {
        return documents;
    }

    public long tokens() {
        return tokens;
    }

    public int distinctForms() {
        return counts.size();
    }

    /**
     * Writes forms seen at least {@code minCount} times, most frequent first, as
     * {@code form<TAB>count} lines after a {@code #} header naming the version and sources.
     */
    public int write(OutputStream out, int minCount, String header) throws IOException {
        List<Map.Entry<String, int[]>> kept = new ArrayList<>();
        for (var e : counts.entrySet()) {
            if (e.getValue()[0] >= minCount) {
                kept.add(e);
            }
        }
        kept.sort((a, b) -> a.getValue()[0] != b.getValue()[0]
                ? Integer.compare(b.getValue()[0], a.getValue()[0]) : a.getKey().compareTo(b.getKey()));
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("# " + header.replace('\n', ' ') + "\n");
        w.write("# documents=" + documents + " tokens=" + tokens + " forms=" + kept.size()
                + " minCount=" + minCount + "\n");
        for (var e : kept) {
            w.write(e.getKey());
            w.write('\t');
            w.write(Integer.toString(e.getValue()[0]));
            w.write('\n');
        }
        w.flush();
        return kept.size();
    }
}
