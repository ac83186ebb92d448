package org.marsad.store.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.marsad.store.index.ArchiveSchema;
import org.marsad.store.index.EntityKeys;
import org.marsad.store.query.ArchiveQueries;
import org.marsad.store.query.EntitySummary;
import org.marsad.store.query.QuoteHit;
import org.marsad.store.search.ArchiveSearcher;
import org.marsad.store.search.SearchFilters;

/**
 * Latency of the query views on an existing archive, each call repeated after a warm-up, against
 * a naive baseline: counting entities by reading every article's stored annotations, which is
 * what the views would cost without the index's counts.
 */
public final class QueryBench {
    /** One measured call: median and slowest of its rounds, in milliseconds. */
    public record Timing(String call, double medianMillis, double maxMillis, String result) {}

    /** What the views found, to show the calls were not empty. */
    public record Report(List<Timing> timings, long articles, boolean baselineAgrees) {}

    private QueryBench() {}

    public static Report run(ArchiveSearcher archive, int rounds) throws Exception {
        ArchiveQueries q = new ArchiveQueries(archive);
        List<EntitySummary> top = q.entities(null, null, 30);
        if (top.isEmpty()) {
            throw new IllegalStateException("the archive has no annotations (ingested with --no-extract?)");
        }
        EntitySummary person = q.entities("PER", null, 1).stream().findFirst().orElse(top.get(0));
        String speaker = q.quotes(null, null, 0, 50).items().stream().map(QuoteHit::speaker)
                .filter(s -> s != null).findFirst().orElse(person.name());
        String word = top.get(0).name().split(" ")[0];
        String someId = archive.search(word, 1, false).hits().stream().findFirst().map(h -> h.id()).orElse(null);
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("entities (all types, top 30)", () -> q.entities(null, null, 30).size() + " entities");
        calls.put("entities --type PER", () -> q.entities("PER", null, 30).size() + " entities");
        calls.put("entities «" + word + "»", () -> q.entities(null, word, 30).size() + " entities");
        calls.put("entity «" + person.name() + "» (" + person.articles() + " articles)", () -> {
            var p = q.entity(person.key(), 10);
            return p.timeline().size() + " days, " + p.cooccurring().size() + " co-occurring, " + p.quotesBy().size() + " by, "
                    + p.quotesAbout().size() + " about, " + p.claimsBy().size() + " claims";
        });
        EntitySummary most = top.get(0);
        calls.put("entity «" + most.name() + "» (" + most.articles() + " articles, the most named)", () -> {
            var p = q.entity(most.key(), 10);
            return p.timeline().size() + " days, " + p.quotesAbout().size() + " about";
        });
        calls.put("quotes (newest 20)", () -> q.quotes(null, null, 0, 20).items().size() + " quotes");
        calls.put("quotes --speaker «" + speaker + "»", () -> q.quotes(speaker, null, 0, 20).items().size() + " quotes");
        calls.put("quotes «" + word + "»", () -> q.quotes(null, word, 0, 20).items().size() + " quotes");
        calls.put("claims (newest 20)", () -> q.claims(null, null, 0, 20).items().size() + " claims");
        calls.put("claims «مليون»", () -> q.claims(null, "مليون", 0, 20).items().size() + " claims");
        calls.put("search «" + word + "» with entity facets", () -> archive.search(word, 10, true).byEntity().size() + " entity facets");
        calls.put("search, entity filter «" + person.name() + "»", () -> archive.search(null,
                new SearchFilters(null, null, null, person.key(), null), 0, 10, true).totalHits() + " hits");
        if (someId != null) {
            calls.put("article by id with annotations", () -> q.article(someId).annotations().size() + " lists");
        }
        calls.put("BASELINE: entity counts by reading all stored annotations", () -> naiveCounts(archive).size() + " entities");
        List<Timing> out = new ArrayList<>();
        for (var e : calls.entrySet()) {
            String result = null;
            for (int i = 0; i < 2; i++) {
                result = e.getValue().run(); // warm-up
            }
            double[] ms = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                e.getValue().run();
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            out.add(new Timing(e.getKey(), ms[rounds / 2], ms[rounds - 1], result));
        }
        Map<String, long[]> naive = naiveCounts(archive);
        boolean agrees = true;
        for (EntitySummary s : top) {
            long[] c = naive.get(s.key());
            agrees &= c != null && c[0] == s.articles() && c[1] == s.mentions();
        }
        return new Report(out, archive.reader().numDocs(), agrees);
    }

    /** Articles and mentions per entity key, from every stored annotation JSON. */
    static Map<String, long[]> naiveCounts(ArchiveSearcher archive) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, long[]> counts = new HashMap<>();
        Set<String> fields = Set.of(ArchiveSchema.ANNOTATIONS);
        for (LeafReaderContext leaf : archive.reader().leaves()) {
            StoredFields stored = leaf.reader().storedFields();
            Bits live = leaf.reader().getLiveDocs();
            for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                if (live != null && !live.get(d)) {
                    continue;
                }
                String a = stored.document(d, fields).get(ArchiveSchema.ANNOTATIONS);
                if (a == null) {
                    continue;
                }
                Map<String, Integer> inArticle = new HashMap<>();
                for (JsonNode m : json.readTree(a).get("entities")) {
                    inArticle.merge(EntityKeys.entity(m.get("type").asText(), m.get("canonical").asText()), 1, Integer::sum);
                }
                inArticle.forEach((k, n) -> {
                    long[] c = counts.computeIfAbsent(k, x -> new long[2]);
                    c[0]++;
                    c[1] += n;
                });
            }
        }
        return counts;
    }

    private interface Call {
        String run() throws Exception;
    }
}
