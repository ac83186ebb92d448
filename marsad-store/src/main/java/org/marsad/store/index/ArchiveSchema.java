package org.marsad.store.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.marsad.text.lucene.ArabicNewsAnalyzer;

/**
 * Field names and types of the archive index, and the one analyzer used for indexing and queries.
 * Title and body keep term offsets in the postings so highlights come straight from the index.
 */
public final class ArchiveSchema {
    public static final String KIND = "kind";
    public static final String KIND_ARTICLE = "article";
    public static final String KIND_DUPLICATE = "duplicate";
    public static final String ID = "id";
    public static final String BODY_KEY = "body_key";
    /** Indexed lower-cased for {@code source:} filters; stored as given; a facet dimension. */
    public static final String SOURCE = "source";
    public static final String URL = "url";
    public static final String TITLE = "title";
    public static final String BODY = "body";
    public static final String AUTHOR = "author";
    /** Epoch day: a point for ranges, doc values for sorting; stored as ISO date in {@link #PUBLISHED}. */
    public static final String DATE = "date";
    public static final String PUBLISHED = "published";
    /** Facet dimension: yyyy-MM. */
    public static final String MONTH = "month";
    public static final String DUPLICATE_OF = "duplicate_of";
    public static final String ORIGIN = "origin";
    /**
     * Near-duplicate group: the id of the group's first article (its own id for an original), on
     * every article and duplicate record; indexed for "copies of", doc values for collapsing hits.
     */
    public static final String GROUP = "dup_group";
    /** On a near-duplicate: the first article of its group (stored, indexed), and the similarity (stored). */
    public static final String NEAR_DUPLICATE_OF = "near_duplicate_of";
    public static final String NEAR_SIMILARITY = "near_similarity";
    /**
     * The MinHash signature of the body as a stored field: how archives written before
     * {@link #MINHASH_VALUES} kept it; still read on reopen, no longer written.
     */
    public static final String MINHASH = "minhash";
    /**
     * The MinHash signature of the body (binary doc values), to rebuild the near-duplicate index
     * on reopen: written uncompressed beside the postings, where the 1 KB of random bytes cost
     * the stored-field compressor a third of its time. A field of its own because Lucene does
     * not let {@link #MINHASH} change from stored to doc values in an existing index.
     */
    public static final String MINHASH_VALUES = "minhash_dv";
    /** What a search hit shows, as binary doc values ({@link HitFields}); absent in archives written before it. */
    public static final String HIT = "hit_dv";


    // Annotations from the extractors (absent when an article was ingested with --no-extract).
    /** Canonical names of the article's entities, analyzed like the text: {@code entity:العراق}. */
    public static final String ENTITY = "entity";
    /** Canonical names of the speakers of its quotes, analyzed: {@code speaker:ترامب}. */
    public static final String SPEAKER = "speaker";
    /** Canonical names of the claimants of its figures, analyzed: {@code claimant:الوزارة}. */
    public static final String CLAIMANT = "claimant";
    /** Entity types present: PER, LOC, ORG, MISC ({@code type:ORG}). */
    public static final String TYPE = "type";
    /**
     * Exact entity key {@code TYPE/search-normalized canonical} ({@link EntityKeys}), one value per
     * mention so that the term frequency is the mention count and the total term frequency the
     * archive's; doc frequency is the number of articles.
     */
    public static final String ENTITY_KEY = "entity_key";
    /** {@code key U+001F display name}: how an entity key is written, for showing keys. */
    public static final String ENTITY_LABEL = "entity_label";
    /** Exact search-normalized canonical of each speaker. */
    public static final String SPEAKER_KEY = "speaker_key";
    /** Exact search-normalized canonical of each claimant. */
    public static final String CLAIMANT_KEY = "claimant_key";
    /** The quotes' words, analyzed, for finding quotes by words. */
    public static final String QUOTE = "quote";
    /** The sentences holding claimed figures, analyzed, for finding claims by words. */
    public static final String CLAIM = "claim";
    /** The annotation JSON ({@code DocJson}) without span texts, which are cut from the body when read. */
    public static final String ANNOTATIONS = "annotations";
    /** Facet dimension over entities, hierarchical: {@code entity/TYPE/key}. */
    public static final String ENTITY_FACET = "entity";
    /** Entity types, in the order they are listed. */
    public static final java.util.List<String> ENTITY_TYPES = java.util.List.of("PER", "ORG", "LOC", "MISC");

    /** Untokenized, not stored, with term frequencies (one value per mention). */
    public static final FieldType KEY_WITH_FREQS;

    static {
        FieldType k = new FieldType();
        k.setTokenized(false);
        k.setOmitNorms(true);
        k.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        k.freeze();
        KEY_WITH_FREQS = k;
    }

    /** Tokenized, stored, with positions and offsets. */
    public static final FieldType TEXT_WITH_OFFSETS;

    static {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        TEXT_WITH_OFFSETS = t;
    }

    /**
     * {@link #TEXT_WITH_OFFSETS} for tokens analyzed ahead ({@link AnalyzedText}): indexed the same
     * way, the text itself stored by a {@code StoredField} of the same name.
     */
    public static final FieldType TEXT_TOKENS_WITH_OFFSETS;

    static {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        TEXT_TOKENS_WITH_OFFSETS = t;
    }

    private ArchiveSchema() {}

    /** Facet config shared by writer and searcher. */
    public static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        c.setMultiValued(SOURCE, false);
        c.setMultiValued(MONTH, false);
        c.setHierarchical(ENTITY_FACET, true);
        c.setMultiValued(ENTITY_FACET, true);
        return c;
    }

    /**
     * ArabicNewsAnalyzer for title, body and the annotation names; the keyword fields (source, id)
     * are matched as typed, lower-cased by the query parser. Multi-valued name fields keep a gap
     * between values so that a phrase never spans two names.
     */
    public static Analyzer analyzer() {
        ArabicNewsAnalyzer text = new ArabicNewsAnalyzer();
        Analyzer names = new ValueGapAnalyzer(text);
        return new PerFieldAnalyzerWrapper(text, java.util.Map.of(
                SOURCE, new KeywordAnalyzer(), ID, new KeywordAnalyzer(), KIND, new KeywordAnalyzer(),
                TYPE, new KeywordAnalyzer(), ENTITY, names, SPEAKER, names, CLAIMANT, names, QUOTE, names, CLAIM, names));
    }

    /** The wrapped analyzer with a large position gap between the values of a multi-valued field. */
    private static final class ValueGapAnalyzer extends org.apache.lucene.analysis.DelegatingAnalyzerWrapper {
        private final Analyzer inner;

        ValueGapAnalyzer(Analyzer inner) {
            super(PER_FIELD_REUSE_STRATEGY);
            this.inner = inner;
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return inner;
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return 100;
        }
    }
}
