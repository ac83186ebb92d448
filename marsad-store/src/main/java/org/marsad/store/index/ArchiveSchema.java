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
    /** The MinHash signature of the body (stored bytes), to rebuild the near-duplicate index on reopen. */
    public static final String MINHASH = "minhash";

    /** Tokenized, stored, with positions and offsets. */
    public static final FieldType TEXT_WITH_OFFSETS;

    static {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        TEXT_WITH_OFFSETS = t;
    }

    private ArchiveSchema() {}

    /** Facet config shared by writer and searcher. */
    public static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        c.setMultiValued(SOURCE, false);
        c.setMultiValued(MONTH, false);
        return c;
    }

    /**
     * ArabicNewsAnalyzer for title and body; the keyword fields (source, id) are matched as typed,
     * lower-cased by the query parser.
     */
    public static Analyzer analyzer() {
        ArabicNewsAnalyzer text = new ArabicNewsAnalyzer();
        return new PerFieldAnalyzerWrapper(text, java.util.Map.of(
                SOURCE, new KeywordAnalyzer(), ID, new KeywordAnalyzer(), KIND, new KeywordAnalyzer()));
    }
}
