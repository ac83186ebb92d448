package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.extract.doc.Doc;
import org.marsad.extract.link.Entity;
import org.marsad.extract.quote.Quote;
import org.marsad.opensearch.OpenSearchAddress;
import org.marsad.opensearch.OpenSearchStore;
import org.marsad.opensearch.testkit.LocalOpenSearchCluster;
import org.marsad.spark.job.BatchJob;
import org.marsad.store.annotate.ArticleAnnotator;
import org.marsad.store.backend.ArchiveStore;
import org.marsad.store.backend.LuceneArchiveStore;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.index.ArchiveSink;
import org.marsad.store.ingest.IngestProgress;
import org.marsad.store.ingest.Ingester;
import org.marsad.store.search.SearchFilters;
import org.marsad.store.search.SearchHit;
import picocli.CommandLine;

/**
 * {@code marsad batch --store opensearch://...} in local mode against a real 2-node cluster with
 * the marsad analysis plugin: the index holds exactly the good articles of the fixture, the
 * rejects output the bad records, and the cluster store finds the loaded articles by a word, by
 * {@code entity:} and by {@code speaker:} as the embedded store finds them after {@code marsad ingest}
 * of the same file. Running the batch again loads nothing twice.
 */
class BatchStoreLoadTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    private static LocalOpenSearchCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = LocalOpenSearchCluster.builder().plugin(Path.of(System.getProperty("marsad.opensearch.plugin")))
                .nodes(2).start();
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void loadsTheGoodArticlesSearchableAsAfterIngest() throws Exception {
        Path in = tmp.resolve("fixture.jsonl");
        Files.write(in, Fixtures.jsonlLines(), StandardCharsets.UTF_8);
        List<AnalyzeCli.Read> reads = new ArrayList<>();
        List<String> rejections = new ArrayList<>();
        for (Object o : AnalyzeCli.readJsonl(in)) {
            if (o instanceof AnalyzeCli.Read r) {
                reads.add(r);
            } else {
                rejections.add(o.toString());
            }
        }
        assertFalse(rejections.isEmpty(), "the fixture has bad records");
        Set<String> goodIds = new TreeSet<>();
        reads.forEach(r -> goodIds.add(r.article().id()));
        assertEquals(Fixtures.TEXTS.length, goodIds.size());

        List<String> hosts = new ArrayList<>();
        for (int i = 0; i < cluster.size(); i++) {
            URI u = cluster.httpUrl(i);
            hosts.add(u.getHost() + ":" + u.getPort());
        }
        String store = "opensearch://" + String.join(",", hosts) + "/batch";
        assertEquals(0, batch(in, tmp.resolve("out"), store));

        // the rejects output holds the bad records, with marsad-store's reasons
        List<String> rejects = new ArrayList<>();
        for (String line : partLines(tmp.resolve("out/rejects"), ".json")) {
            JsonNode o = JSON.readTree(line);
            rejects.add(o.get("file").asText() + ":" + o.get("line").asLong() + ": " + o.get("reason").asText());
        }
        rejects.sort(null);
        rejections.sort(null);
        assertEquals(rejections, rejects);

        try (OpenSearchStore cs = new OpenSearchStore(OpenSearchAddress.parse(store));
                LuceneArchiveStore embedded = new LuceneArchiveStore(new ArchiveLocation(tmp.resolve("embedded")))) {
            assertEquals(goodIds.size(), cs.articleCount());
            assertEquals(goodIds, ids(cs, "", SearchFilters.NONE));

            try (ArchiveSink sink = embedded.openSink(ArticleAnnotator.standard(), 1000)) {
                new Ingester(null, IngestProgress.NONE).run(List.of(in), sink);
            }
            assertEquals(goodIds, ids(embedded, "", SearchFilters.NONE));
            for (String id : goodIds) {
                assertEquals(embedded.article(id), cs.article(id), "article " + id);
            }

            // the names to search for, from the annotations of the fixture's articles
            Set<String> entities = new LinkedHashSet<>();
            Set<String> speakers = new LinkedHashSet<>();
            ArticleAnnotator annotator = ArticleAnnotator.standard();
            for (AnalyzeCli.Read r : reads) {
                Doc d = annotator.annotate(r.article());
                d.entities().stream().map(Entity::canonical).forEach(entities::add);
                d.quotes().stream().filter(q -> q.speaker() != null).map(Quote::speaker).forEach(s -> speakers.add(s.canonical()));
            }
            assertFalse(entities.isEmpty(), "the fixture has entities");
            assertFalse(speakers.isEmpty(), "the fixture has speakers");
            List<String> queries = new ArrayList<>(List.of("وزير", "النفط", "الكويت"));
            entities.stream().limit(4).forEach(e -> queries.add("entity:\"" + e + "\""));
            speakers.stream().limit(2).forEach(s -> queries.add("speaker:\"" + s + "\""));
            for (String q : queries) {
                Set<String> expected = ids(embedded, q, SearchFilters.NONE);
                assertFalse(expected.isEmpty(), "the embedded store finds «" + q + "»");
                assertEquals(expected, ids(cs, q, SearchFilters.NONE), "«" + q + "»");
            }
            String speaker = speakers.iterator().next();
            SearchFilters bySpeaker = new SearchFilters(null, null, null, null, speaker);
            assertEquals(ids(embedded, "", bySpeaker), ids(cs, "", bySpeaker));

            // a second run over the same input (as a retried task would) adds nothing
            assertEquals(0, batch(in, tmp.resolve("again"), store));
            assertEquals(goodIds.size(), cs.articleCount());
            assertEquals(goodIds, ids(cs, "", SearchFilters.NONE));
        }
    }

    private static int batch(Path in, Path out, String store) {
        return new CommandLine(new BatchJob()).execute(in.toString(), "--output", out.toString(), "--master", "local[2]",
                "--store", store);
    }

    private static Set<String> ids(ArchiveStore store, String query, SearchFilters filters) throws Exception {
        Set<String> out = new TreeSet<>();
        for (SearchHit h : store.search(query, filters, 0, 100, false).hits()) {
            assertNotNull(h.id());
            out.add(h.id());
        }
        return out;
    }

    private static List<String> partLines(Path dir, String ext) throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-") && p.toString().endsWith(ext)).sorted().toList()) {
                out.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
