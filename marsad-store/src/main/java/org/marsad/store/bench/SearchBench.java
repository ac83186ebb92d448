package org.marsad.store.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.marsad.store.article.Article;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.search.ArchiveSearcher;
import org.marsad.store.search.SearchResults;
import org.marsad.text.lucene.ArabicNewsAnalyzer;

/**
 * Search latency and throughput, marsad vs plain Lucene, on indexes of the same articles. Queries
 * are two or three consecutive words of headlines of articles drawn with the seed (what people
 * type). Each system answers the same query strings with top-10 hits and their stored fields;
 * the "full" rows add snippets (both) and facet counts (marsad), as {@code marsad search} does.
 * An unmeasured pass over all queries warms each system up; then, for {@code rounds} rounds that
 * alternate between the systems, each client runs all queries, starting at a different point.
 */
public final class SearchBench {
    /** One way of answering a query. */
    private interface Answerer {
        void answer(String query) throws Exception;
    }

    private SearchBench() {}

    /**
     * {@code n} queries of 2-3 consecutive headline words (of 4+ Arabic letters) from articles drawn
     * with the seed; a candidate is kept only if both analyzers leave it at least one term each
     * (a query of stop words alone is an error in marsad, a no-op in plain Lucene: not a search).
     */
    public static List<String> queries(List<Article> articles, int n, long seed) throws IOException {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(n);
        try (Analyzer ours = new ArabicNewsAnalyzer(); Analyzer stock = new ArabicAnalyzer()) {
            while (out.size() < n) {
                String q = candidate(articles, r);
                if (q != null && terms(ours, q) > 0 && terms(stock, q) > 0) {
                    out.add(q);
                }
            }
        }
        return out;
    }

    private static int terms(Analyzer a, String text) throws IOException {
        int n = 0;
        try (TokenStream ts = a.tokenStream("body", text)) {
            ts.reset();
            while (ts.incrementToken()) {
                n++;
            }
            ts.end();
        }
        return n;
    }

    private static String candidate(List<Article> articles, Random r) {
        Article a = articles.get(r.nextInt(articles.size()));
        if (a.title() == null) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (String w : a.title().split("\\s+")) {
            if (w.codePoints().filter(c -> c >= 0x0621 && c <= 0x064A).count() >= 4 && w.chars().allMatch(Character::isLetter)) {
                words.add(w);
            }
        }
        if (words.size() < 2) {
            return null;
        }
        int len = Math.min(words.size(), 2 + r.nextInt(2));
        int start = r.nextInt(words.size() - len + 1);
        return String.join(" ", words.subList(start, start + len));
    }

    public static List<LatencyStats> run(List<Article> articles, List<String> queries, int[] clients, int rounds, Path work,
            Consumer<String> log) throws Exception {
        log.accept("indexing " + articles.size() + " articles: plain Lucene");
        Path plainDir = work.resolve("plain");
        PlainLucene.index(plainDir, articles);
        log.accept("indexing " + articles.size() + " articles: marsad archive");
        ArchiveLocation loc = new ArchiveLocation(work.resolve("marsad"));
        IngestBench.writeArchive(loc, articles);

        List<LatencyStats> out = new ArrayList<>();
        try (Directory d = FSDirectory.open(plainDir);
                DirectoryReader reader = DirectoryReader.open(d);
                ArabicAnalyzer stock = new ArabicAnalyzer();
                ArchiveSearcher archive = new ArchiveSearcher(loc)) {
            IndexSearcher plainSearcher = new IndexSearcher(reader);
            UnifiedHighlighter plainHighlighter = UnifiedHighlighter.builder(plainSearcher, stock).build();
            Set<String> fields = Set.of(PlainLucene.ID, PlainLucene.TITLE, PlainLucene.SOURCE);
            String[] textFields = {PlainLucene.TITLE, PlainLucene.BODY};
            ThreadLocal<QueryParser> parsers = ThreadLocal.withInitial(() -> {
                QueryParser p = new MultiFieldQueryParser(textFields, stock);
                p.setDefaultOperator(QueryParser.Operator.AND);
                return p;
            });
            Answerer plain = q -> {
                Query query = parsers.get().parse(q);
                TopDocs top = plainSearcher.search(query, 10);
                var stored = plainSearcher.storedFields();
                for (ScoreDoc sd : top.scoreDocs) {
                    stored.document(sd.doc, fields);
                }
            };
            Answerer plainFull = q -> {
                Query query = parsers.get().parse(q);
                TopDocs top = plainSearcher.search(query, 10);
                var stored = plainSearcher.storedFields();
                for (ScoreDoc sd : top.scoreDocs) {
                    stored.document(sd.doc, fields);
                }
                plainHighlighter.highlight(PlainLucene.BODY, query, top, 2);
            };
            Answerer ours = q -> consume(archive.search(q, 10, false, false));
            Answerer oursFull = q -> consume(archive.search(q, 10, true, true));
            String[] names = {"plain Lucene (ArabicAnalyzer)", "marsad", "plain Lucene + snippets", "marsad + snippets + facets"};
            Answerer[] systems = {plain, ours, plainFull, oursFull};
            for (int i = 0; i < systems.length; i++) {
                for (String q : queries) {
                    systems[i].answer(q); // warm-up pass: JIT, caches
                }
            }
            for (int c : clients) {
                // rounds alternate between the systems so that a burst of load from elsewhere hits them alike
                long[][] nanos = new long[systems.length][];
                double[] wall = new double[systems.length];
                for (int round = 0; round < rounds; round++) {
                    for (int i = 0; i < systems.length; i++) {
                        Round r = measure(systems[i], queries, c);
                        nanos[i] = nanos[i] == null ? r.nanos : concat(nanos[i], r.nanos);
                        wall[i] += r.wallSeconds;
                    }
                }
                for (int i = 0; i < systems.length; i++) {
                    LatencyStats st = LatencyStats.of(names[i], c, nanos[i], wall[i]);
                    log.accept(String.format("%s, %d client(s): p50 %.2f ms, p99 %.2f ms, %.0f q/s", names[i], c,
                            st.p50Millis(), st.p99Millis(), st.qps()));
                    out.add(st);
                }
            }
        }
        return out;
    }

    private static void consume(SearchResults r) {
        if (r.hits().size() > 10) {
            throw new IllegalStateException("more hits than asked for");
        }
    }

    private record Round(long[] nanos, double wallSeconds) {}

    /** Every client asks every query once, each starting at a different query. */
    private static Round measure(Answerer system, List<String> queries, int clients) throws Exception {
        int n = queries.size();
        long[] nanos = new long[n * clients];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> fs = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                int client = c;
                fs.add(pool.submit(() -> {
                    for (int i = 0; i < n; i++) {
                        String q = queries.get((i + client * (n / clients + 1)) % n);
                        long s = System.nanoTime();
                        system.answer(q);
                        nanos[client * n + i] = System.nanoTime() - s;
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
            return new Round(nanos, (System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
