package org.marsad.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.marsad.store.index.ArchiveSchema;

/**
 * The archive index on a cluster: the fields of {@link ArchiveSchema} with the same analysis
 * ({@code marsad_arabic} from the marsad analysis plugin for title, body and the annotation names),
 * BM25 with Lucene's defaults, and the number of shards and replicas.
 */
public final class IndexDefinition {
    /** The analyzer of the marsad analysis plugin: ArabicNewsAnalyzer's tokens. */
    public static final String ARABIC = "marsad_arabic";
    /**
     * Reads a phrase whose words are already analyzed (by the client, with the same analyzer):
     * split on spaces, the {@link #GAP} word dropped but counted, so a removed stop word keeps its
     * position as in the embedded index.
     */
    public static final String TERMS = "marsad_terms";
    public static final String GAP = "\u2400gap";
    /** The source as given (the {@code source} field is lower-cased for {@code source:} filters). */
    public static final String SOURCE_NAME = "source_name";
    /** Each entity key once per article: the entity facet. */
    public static final String ENTITY_FACET = "entity_facet";
    /**
     * Each entity key of an article once, with its mentions there: {@code {key, n}}, nested so that
     * an aggregation can sum one key's mentions (the embedded index reads them as term frequencies).
     */
    public static final String ENTITY_MENTIONS = "entity_mentions";
    /** Order of indexing (the embedded index keeps it as document order): "first indexed first". */
    public static final String SEQ = "seq";

    private IndexDefinition() {}

    /** The body of {@code PUT /INDEX}. */
    public static ObjectNode create(int shards, int replicas) {
        ObjectNode root = ClusterClient.JSON.createObjectNode();
        ObjectNode index = root.putObject("settings").putObject("index");
        index.put("number_of_shards", shards).put("number_of_replicas", replicas);
        // the embedded store ranks with Lucene's BM25 defaults; say so rather than rely on the cluster's default
        index.putObject("similarity").putObject("default").put("type", "BM25").put("k1", 1.2).put("b", 0.75);
        ObjectNode analysis = index.putObject("analysis");
        analysis.putObject("filter").putObject("marsad_gap").put("type", "stop").putArray("stopwords").add(GAP);
        ObjectNode terms = analysis.putObject("analyzer").putObject(TERMS);
        terms.put("type", "custom").put("tokenizer", "whitespace").putArray("filter").add("marsad_gap");

        ObjectNode mappings = root.putObject("mappings");
        mappings.put("dynamic", "strict");
        ObjectNode p = mappings.putObject("properties");
        for (String k : new String[] {ArchiveSchema.SOURCE, ArchiveSchema.TYPE}) {
            // source: and type: score with BM25 in the embedded index (an untokenized field without norms): a
            // keyword field would score 1.0, so these are whole-value text fields without norms
            p.putObject(k).put("type", "text").put("analyzer", "keyword").put("norms", false).put("index_options", "docs");
        }
        for (String k : new String[] {ArchiveSchema.KIND, ArchiveSchema.ID, ArchiveSchema.BODY_KEY,
            SOURCE_NAME, ArchiveSchema.MONTH, ArchiveSchema.GROUP, ArchiveSchema.NEAR_DUPLICATE_OF, ArchiveSchema.DUPLICATE_OF,
            ArchiveSchema.ENTITY_KEY, ENTITY_FACET, ArchiveSchema.ENTITY_LABEL, ArchiveSchema.SPEAKER_KEY,
            ArchiveSchema.CLAIMANT_KEY, ArchiveSchema.PUBLISHED}) {
            p.putObject(k).put("type", "keyword");
        }
        for (String k : new String[] {ArchiveSchema.URL, ArchiveSchema.AUTHOR, ArchiveSchema.ORIGIN}) {
            p.putObject(k).put("type", "keyword").put("index", false).put("doc_values", false);
        }
        ObjectNode mentions = p.putObject(ENTITY_MENTIONS).put("type", "nested").putObject("properties");
        mentions.putObject("key").put("type", "keyword");
        mentions.putObject("n").put("type", "integer");
        p.putObject(ArchiveSchema.DATE).put("type", "long");
        p.putObject(SEQ).put("type", "long");
        p.putObject(ArchiveSchema.NEAR_SIMILARITY).put("type", "double").put("index", false);
        p.putObject(ArchiveSchema.MINHASH).put("type", "binary");
        p.putObject(ArchiveSchema.ANNOTATIONS).put("type", "text").put("index", false);
        for (String k : new String[] {ArchiveSchema.TITLE, ArchiveSchema.BODY}) {
            p.putObject(k).put("type", "text").put("analyzer", ARABIC).put("index_options", "offsets");
        }
        for (String k : new String[] {ArchiveSchema.ENTITY, ArchiveSchema.SPEAKER, ArchiveSchema.CLAIMANT,
            ArchiveSchema.QUOTE, ArchiveSchema.CLAIM}) {
            // a phrase never spans two names: the embedded analyzer keeps the same gap between values
            p.putObject(k).put("type", "text").put("analyzer", ARABIC).put("position_increment_gap", 100);
        }
        return root;
    }
}
