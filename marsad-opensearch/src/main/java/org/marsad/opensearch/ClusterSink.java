package org.marsad.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.extract.doc.Doc;
import org.marsad.store.annotate.ArticleAnnotator;
import org.marsad.store.article.Article;
import org.marsad.store.dedup.DuplicateLink;
import org.marsad.store.dedup.MinHashSignature;
import org.marsad.store.dedup.NearDuplicateIndex;
import org.marsad.store.index.AddOutcome;
import org.marsad.store.index.ArchiveSchema;
import org.marsad.store.index.ArchiveSink;
import org.marsad.store.read.Rejection;

/**
 * Ingests into the cluster with the embedded store's dedup: the ids, body keys and MinHash
 * signatures already in the index are read once when the sink opens, then every decision
 * (already present, duplicate record, near-duplicate link) is made here, as {@code ArchiveWriter}
 * makes it, and the documents go out through a {@link BulkIndexer}. Not thread-safe: one ingest
 * at a time per index.
 */
final class ClusterSink implements ArchiveSink {
    private static final int SCAN_PAGE = 2000;

    private final ClusterClient client;
    private final String index;
    private final BulkIndexer bulk;
    private final ArticleAnnotator annotator;
    private final int commitEvery;
    private final Set<String> ids = new HashSet<>();
    private final Map<String, String> idByBodyKey = new HashMap<>();
    private final Set<String> idsAtOpen;
    private final Set<String> bodyKeysAtOpen;
    private final NearDuplicateIndex nearDuplicates = new NearDuplicateIndex();
    /** Body key of each article sent and not yet confirmed, to forget it if the cluster refuses it. */
    private final Map<String, String> bodyKeyOfSent = new HashMap<>();
    private long seq;
    private long nearDuplicateCount;
    private long annotationFailures;
    private int pending;

    ClusterSink(ClusterClient client, String index, BulkSettings settings, Retry retry, ArticleAnnotator annotator,
            int commitEvery) throws IOException {
        this.client = client;
        this.index = index;
        this.annotator = annotator;
        this.commitEvery = Math.max(1, commitEvery);
        load();
        this.idsAtOpen = Set.copyOf(ids);
        this.bodyKeysAtOpen = Set.copyOf(idByBodyKey.keySet());
        this.bulk = new BulkIndexer(client, index, settings, retry);
    }

    /** Reads what the index holds, in indexing order, as ArchiveWriter reads its Lucene index. */
    private void load() throws IOException {
        client.call("POST", "/" + index + "/_refresh", (JsonNode) null, null);
        List<Object[]> copies = new ArrayList<>();
        JsonNode after = null;
        while (true) {
            ObjectNode req = ClusterClient.JSON.createObjectNode();
            req.put("size", SCAN_PAGE);
            req.putArray("sort").addObject().put(IndexDefinition.SEQ, "asc");
            ArrayNode src = req.putArray("_source");
            for (String f : new String[] {ArchiveSchema.ID, ArchiveSchema.BODY_KEY, ArchiveSchema.KIND, ArchiveSchema.MINHASH,
                ArchiveSchema.GROUP, IndexDefinition.SEQ}) {
                src.add(f);
            }
            if (after != null) {
                req.set("search_after", after);
            }
            JsonNode hits = client.call("POST", "/" + index + "/_search", req, null).path("hits").path("hits");
            if (hits.isEmpty()) {
                break;
            }
            for (JsonNode h : hits) {
                JsonNode s = h.path("_source");
                String id = s.path(ArchiveSchema.ID).asText();
                ids.add(id);
                seq = Math.max(seq, s.path(IndexDefinition.SEQ).asLong() + 1);
                if (!ArchiveSchema.KIND_ARTICLE.equals(s.path(ArchiveSchema.KIND).asText())) {
                    continue;
                }
                idByBodyKey.put(s.path(ArchiveSchema.BODY_KEY).asText(), id);
                if (s.hasNonNull(ArchiveSchema.MINHASH)) {
                    MinHashSignature sig = MinHashSignature.fromBytes(Base64.getDecoder().decode(s.get(ArchiveSchema.MINHASH).asText()));
                    String group = s.path(ArchiveSchema.GROUP).asText(id);
                    if (group.equals(id)) {
                        nearDuplicates.restore(id, sig, null);
                    } else {
                        copies.add(new Object[] {id, sig, group});
                    }
                }
            }
            after = hits.get(hits.size() - 1).path("sort");
        }
        for (Object[] c : copies) {
            nearDuplicates.restore((String) c[0], (MinHashSignature) c[1], (String) c[2]);
        }
    }

    @Override
    public AddOutcome add(Article a, String bodyKey, String origin, Doc precomputed) throws IOException {
        if (ids.contains(a.id())) {
            return AddOutcome.ALREADY_PRESENT;
        }
        String original = idByBodyKey.get(bodyKey);
        AddOutcome outcome;
        if (original != null) {
            String group = nearDuplicates.originalOf(original);
            bulk.add(a.id(), origin, ArticleJson.duplicate(seq++, a, original, origin, group == null ? original : group));
            ids.add(a.id());
            outcome = AddOutcome.DUPLICATE;
        } else {
            MinHashSignature signature = nearDuplicates.signature(a.body());
            DuplicateLink link = nearDuplicates.add(a.id(), signature);
            if (link.isDuplicate()) {
                nearDuplicateCount++;
            }
            Doc annotations = annotator == null ? null : precomputed;
            if (annotator != null && annotations == null) {
                try {
                    annotations = annotator.annotate(a);
                } catch (RuntimeException e) {
                    // an extractor bug must not lose the article: it is kept, searchable, without annotations
                    annotationFailures++;
                }
            }
            bulk.add(a.id(), origin, ArticleJson.article(seq++, a, bodyKey, signature, link, annotations));
            ids.add(a.id());
            idByBodyKey.put(bodyKey, a.id());
            bodyKeyOfSent.put(a.id(), bodyKey);
            outcome = AddOutcome.ADDED;
        }
        if (++pending >= commitEvery) {
            commit();
        }
        return outcome;
    }

    @Override
    public void commit() throws IOException {
        bulk.flush();
        client.call("POST", "/" + index + "/_refresh", (JsonNode) null, null);
        pending = 0;
    }

    @Override
    public List<Rejection> takeLateRejections() {
        List<Rejection> out = new ArrayList<>();
        for (BulkIndexer.Failure f : bulk.takeFailures()) {
            // forgotten, so that a later run tries the article again
            ids.remove(f.id());
            String key = bodyKeyOfSent.remove(f.id());
            if (key != null) {
                idByBodyKey.remove(key, f.id());
            }
            out.add(new Rejection(Path.of(f.label()), 0, "article " + f.id() + " refused by the cluster: " + f.reason()));
        }
        bodyKeyOfSent.clear();
        return out;
    }

    @Override
    public ArticleAnnotator annotator() {
        return annotator;
    }

    @Override
    public boolean wasKnownAtOpen(String id, String bodyKey) {
        return idsAtOpen.contains(id) || bodyKeysAtOpen.contains(bodyKey);
    }

    @Override
    public long nearDuplicates() {
        return nearDuplicateCount;
    }

    @Override
    public long annotationFailures() {
        return annotationFailures;
    }

    /** The bulk indexer's counters, for reports and tests. */
    BulkIndexer bulk() {
        return bulk;
    }

    @Override
    public void close() throws IOException {
        try {
            commit();
        } finally {
            bulk.close();
        }
    }
}
