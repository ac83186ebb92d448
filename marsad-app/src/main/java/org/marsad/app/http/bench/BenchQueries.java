package org.marsad.app.http.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.index.ArchiveSchema;
import org.marsad.text.lexicon.StopWords;
import org.marsad.text.normalize.ArabicNormalizer;

/**
 * Search queries an analyst would type, drawn from the archive's own titles: one, two or three
 * consecutive content words of a random title (seeded, so a run can be repeated).
 */
public final class BenchQueries {
    private BenchQueries() {}

    public static List<String> draw(ArchiveLocation location, int count, long seed) throws IOException {
        List<String> out = new ArrayList<>(count);
        Random rnd = new Random(seed);
        try (Directory dir = location.open(); DirectoryReader reader = DirectoryReader.open(dir);
                Analyzer analyzer = ArchiveSchema.analyzer()) {
            int max = reader.maxDoc();
            if (max == 0) {
                throw new IOException("the archive at " + location.dataDir() + " is empty");
            }
            StoredFields stored = reader.storedFields();
            Set<String> fields = Set.of(ArchiveSchema.TITLE);
            int attempts = 0;
            while (out.size() < count && attempts++ < count * 50) {
                Document d = stored.document(rnd.nextInt(max), fields);
                String title = d.get(ArchiveSchema.TITLE);
                if (title == null) {
                    continue;
                }
                List<String> words = contentWords(title);
                if (words.isEmpty()) {
                    continue;
                }
                int n = Math.min(words.size(), 1 + rnd.nextInt(3));
                int start = rnd.nextInt(words.size() - n + 1);
                String q = String.join(" ", words.subList(start, start + n));
                if (searchable(analyzer, q)) {
                    out.add(q);
                }
            }
        }
        if (out.isEmpty()) {
            throw new IOException("no titled articles to draw queries from in " + location.dataDir());
        }
        return out;
    }

    /** Whether the index's analyzer keeps a word of {@code q} (a clitic plus a stop word, «وهذه», leaves none). */
    private static boolean searchable(Analyzer analyzer, String q) throws IOException {
        try (TokenStream ts = analyzer.tokenStream(ArchiveSchema.BODY, q)) {
            ts.reset();
            boolean any = ts.incrementToken();
            while (ts.incrementToken()) {
                // drain
            }
            ts.end();
            return any;
        }
    }

    private static List<String> contentWords(String title) {
        List<String> out = new ArrayList<>();
        for (String w : title.split("[\\s\\p{Punct}«»،؛؟]+")) {
            if (w.length() >= 3 && w.codePoints().allMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC)
                    && !StopWords.contains(ArabicNormalizer.search().normalize(w))) {
                out.add(w);
            }
        }
        return out;
    }
}
