package org.marsad.app.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.corpus.NewsCorpora;
import org.marsad.opensearch.BulkSettings;
import org.marsad.opensearch.OpenSearchAddress;
import org.marsad.opensearch.OpenSearchStore;
import org.marsad.opensearch.Retry;
import org.marsad.opensearch.testkit.LocalOpenSearchCluster;
import org.marsad.store.annotate.ArticleAnnotator;
import org.marsad.store.backend.ArchiveStore;
import org.marsad.store.backend.LuceneArchiveStore;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.index.ArchiveSink;
import org.marsad.store.ingest.IngestProgress;
import org.marsad.store.ingest.IngestTally;
import org.marsad.store.ingest.Ingester;
import org.marsad.store.read.DateParser;
import org.marsad.store.search.ArchiveStats;
import org.marsad.store.search.SearchFilters;
import org.marsad.store.search.SearchHit;
import org.marsad.store.search.SearchResults;

/**
 * The cluster store against the embedded store built from the same input: the bundled demo corpus
 * (with the extractors) and 10,000 articles of the shared corpora (without them, when
 * ../shared is there), on a real 2-node cluster, index of 2 shards and 1 replica. The top 10 of 50
 * queries must be the same articles in the same order (articles of equal score may come in another
 * order: the embedded store breaks ties by index order, the cluster by id); one node down, every
 * search still answers, alike, and no article is missing; the node back, the cluster is green.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterStoreParityTest {
    private static final String DEMO = "/org/marsad/app/demo/demo-articles.jsonl";
    private static final int SHARED_ARTICLES = 10_000;
    /** Relative difference under which two scores are the same score (float sums in another order). */
    private static final double SAME_SCORE = 1e-5;

    @TempDir
    static Path tmp;
    private static LocalOpenSearchCluster cluster;
    private static OpenSearchStore clusterStore;
    private static LuceneArchiveStore embedded;
    private static boolean sharedPart;
    private static final List<String> QUERIES = new ArrayList<>(List.of(
            // single words, spelling variants included
            "العراق", "النفط", "الاقتصاد", "الرياض", "وزير", "الحكومة", "الأمن", "التعليم", "المملكة", "مصر",
            "العراقى", "الاقتصاد السعودى", "وزاره الخارجيه", "فى الرياض", "اقتصاد",
            // phrases
            "\"وزير النفط\"", "\"ولي العهد\"", "\"مجلس الوزراء\"", "\"الأمم المتحدة\"", "\"وزير الخارجية\"",
            "\"البنك المركزى\"", "\"خادم الحرمين الشريفين\"", "\"في العراق\"",
            // boolean
            "النفط AND الأسعار", "النفط OR الغاز", "سوريا OR العراق", "الرياض -الهلال", "(مصر OR تونس) AND الانتخابات",
            "وزير NOT الخارجية", "-النفط", "الصحة OR التعليم OR العمل", "(النفط OR الغاز) -العراق",
            // field filters
            "title:المملكة", "title:الحكومة", "date:2015 النفط", "date:2015-07-01..2015-09-30 السعودية",
            "date:[2018-01-01 TO 2018-12-31] مصر", "date:2025..2026", "entity:العراق", "entity:مصر", "type:ORG البنك",
            "type:PER وزير", "type:LOC", "quote:الإنتاج", "claim:العجز", "title:\"وزير الخارجية\"",
            "source:gulf-wire", "source:nile-daily الفائدة"));

    @BeforeAll
    static void ingestBoth() throws Exception {
        Path demo = tmp.resolve("demo.jsonl");
        try (InputStream in = ClusterStoreParityTest.class.getResourceAsStream(DEMO)) {
            Files.copy(in, demo);
        }
        Path shared = Path.of(System.getProperty("marsad.shared", "../shared"));
        sharedPart = Files.isDirectory(shared.resolve("data").resolve("saudinewsnet"));
        Path sharedFile = tmp.resolve("shared-10k.jsonl");
        if (sharedPart) {
            writeShared(shared.resolve("data"), sharedFile);
        } else {
            System.err.println("ClusterStoreParityTest: " + shared.toAbsolutePath().normalize()
                    + "/data is absent: the 10k shared articles are skipped, the demo corpus part still runs");
        }
        cluster = LocalOpenSearchCluster.builder().plugin(Path.of(System.getProperty("marsad.opensearch.plugin")))
                .nodes(2).start();
        List<OpenSearchAddress.Host> hosts = new ArrayList<>();
        for (int i = 0; i < cluster.size(); i++) {
            URI u = cluster.httpUrl(i);
            hosts.add(new OpenSearchAddress.Host(u.getHost(), u.getPort()));
        }
        clusterStore = new OpenSearchStore(new OpenSearchAddress(hosts, "parity"), 2, 1, BulkSettings.DEFAULT, Retry.DEFAULT);
        embedded = new LuceneArchiveStore(new ArchiveLocation(tmp.resolve("embedded")));
        ArticleAnnotator annotator = ArticleAnnotator.standard();
        for (ArchiveStore store : List.of(embedded, clusterStore)) {
            IngestTally demoTally = ingest(store, demo, annotator);
            assertEquals(0, demoTally.rejections().size(), demoTally.rejections().toString());
            if (sharedPart) {
                ingest(store, sharedFile, null);
            }
        }
        cluster.waitForStatus("green", Duration.ofMinutes(3));
        if (sharedPart) {
            // field filters on sources of the shared corpora, named as the archive has them
            for (var f : embedded.stats().sources().subList(0, 3)) {
                QUERIES.add("source:" + f.value().replace(" ", "\\ ") + " السعودية");
            }
        }
    }

    private static IngestTally ingest(ArchiveStore store, Path file, ArticleAnnotator annotator) throws Exception {
        try (ArchiveSink sink = store.openSink(annotator, 5000)) {
            return new Ingester(null, IngestProgress.NONE).run(List.of(file), sink);
        }
    }

    private static void writeShared(Path data, Path out) throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (var a : NewsCorpora.interleaved(data.getParent(), SHARED_ARTICLES)) {
                if (a.text() == null || a.text().isBlank()) {
                    continue;
                }
                ObjectNode o = json.createObjectNode();
                o.put("source", a.source() == null || a.source().isBlank() ? "unknown" : a.source());
                o.put("title", a.title());
                LocalDate d = DateParser.parse(a.date());
                if (d != null) {
                    o.put("published", d.toString());
                }
                o.put("text", a.text());
                w.write(json.writeValueAsString(o));
                w.newLine();
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (clusterStore != null) {
            clusterStore.close();
        }
        if (embedded != null) {
            embedded.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void bothStoresHoldTheSameArchive() throws Exception {
        ArchiveStats e = embedded.stats();
        ArchiveStats c = clusterStore.stats();
        assertEquals(e.articles(), c.articles());
        assertEquals(e.duplicates(), c.duplicates());
        assertEquals(e.undated(), c.undated());
        assertEquals(e.firstDate(), c.firstDate());
        assertEquals(e.lastDate(), c.lastDate());
        assertEquals(Set.copyOf(e.sources()), Set.copyOf(c.sources()));
        assertTrue(e.articles() >= (sharedPart ? 9000 : 40), "articles: " + e.articles());
    }

    @Test
    @Order(2)
    void theTopTenOfFiftyQueriesAreTheSameArticles() throws Exception {
        assertTrue(QUERIES.size() >= 50 || !sharedPart, QUERIES.size() + " queries");
        int withTies = compareAll();
        System.err.println("ClusterStoreParityTest: " + QUERIES.size() + " queries, top 10 equal; " + withTies
                + " of them have equal scores in their top 10 (compared as sets within a score)");
    }

    @Test
    @Order(3)
    void withOneNodeDownSearchesAnswerAlikeAndNothingIsLost() throws Exception {
        long before = clusterStore.articleCount();
        int spare = cluster.nodeOtherThanClusterManager();
        cluster.stopNode(spare);
        try {
            cluster.waitForStatus("yellow", Duration.ofMinutes(2));
            compareAll();
            assertEquals(before, clusterStore.articleCount());
            assertEquals(embedded.stats().articles(), clusterStore.stats().articles());
        } finally {
            cluster.startNode(spare);
        }
        cluster.waitForStatus("green", Duration.ofMinutes(3));
        assertEquals("green", clusterStore.health());
        assertEquals(before, clusterStore.articleCount());
    }

    /** Compares every query; the number of queries whose top 10 holds equal scores. */
    private static int compareAll() throws Exception {
        int withTies = 0;
        for (String q : QUERIES) {
            SearchResults e = embedded.search(q, SearchFilters.NONE, 0, 20, true);
            SearchResults c = clusterStore.search(q, SearchFilters.NONE, 0, 20, true);
            assertEquals(e.totalHits(), c.totalHits(), "matches of «" + q + "»");
            if (sameUpToTies(q, e.hits(), c.hits(), e.totalHits())) {
                withTies++;
            }
            assertEquals(e.bySource(), c.bySource(), "sources of «" + q + "»");
            assertEquals(e.byMonth(), c.byMonth(), "months of «" + q + "»");
        }
        return withTies;
    }

    /**
     * The top 10 of both: same ids in the same order, except that within a run of equal scores the
     * order is free. The top 20 are fetched so that a run crossing the 10th place is seen whole: the
     * articles that each store shows up to the 10th place then come from that run. True when the
     * top 10 holds equal scores.
     */
    private static boolean sameUpToTies(String q, List<SearchHit> e, List<SearchHit> c, long total) {
        assertEquals(e.size(), c.size(), "hits of «" + q + "»: " + ids(e) + " vs " + ids(c));
        boolean ties = false;
        int top = Math.min(10, e.size());
        int i = 0;
        while (i < top) {
            int j = i + 1;
            while (j < e.size() && same(e.get(j).score(), e.get(i).score())) {
                j++;
            }
            ties |= j - i > 1;
            int shown = Math.min(j, top);
            for (int k = i; k < shown; k++) {
                assertTrue(same(e.get(k).score(), c.get(k).score()), "score at " + (k + 1) + " of «" + q + "»: "
                        + e.get(k).score() + " vs " + c.get(k).score() + "\n" + ids(e) + "\n" + ids(c));
            }
            Set<String> run = new HashSet<>();
            for (int k = i; k < j; k++) {
                run.add(e.get(k).id());
            }
            boolean runSeenWhole = j < e.size() || total <= e.size();
            if (j <= top) {
                Set<String> other = new HashSet<>();
                for (int k = i; k < j; k++) {
                    other.add(c.get(k).id());
                }
                assertEquals(run, other, "articles at " + (i + 1) + ".." + j + " of «" + q + "»\n" + ids(e) + "\n" + ids(c));
            } else if (runSeenWhole) {
                for (int k = i; k < top; k++) {
                    assertTrue(run.contains(c.get(k).id()), "article at " + (k + 1) + " of «" + q + "» is not among the equal scores"
                            + "\n" + ids(e) + "\n" + ids(c));
                }
            }
            i = j;
        }
        return ties;
    }

    private static boolean same(float a, float b) {
        return Math.abs(a - b) <= SAME_SCORE * Math.max(Math.abs(a), Math.abs(b));
    }

    private static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(h -> h.id() + "@" + h.score()).toList();
    }
}
