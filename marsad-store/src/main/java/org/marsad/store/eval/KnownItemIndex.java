package org.marsad.store.eval;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The bodies of the evaluation articles indexed with one analyzer (BM25, titles held out), and
 * the rank at which a query finds its article. Each document carries the number of its body
 * group, so a hit on any article with the same body counts as finding it.
 */
final class KnownItemIndex implements Closeable {
    private static final FieldType BODY;

    static {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        t.freeze();
        BODY = t;
    }

    private final Directory dir;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final QueryBuilder queries;

    KnownItemIndex(Path path, Analyzer analyzer, List<EvalArticle> articles, int[] group) throws IOException {
        this.dir = FSDirectory.open(path);
        IndexWriterConfig cfg = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(128)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (IndexWriter w = new IndexWriter(dir, cfg)) {
            for (int i = 0; i < articles.size(); i++) {
                Document d = new Document();
                d.add(new Field("body", articles.get(i).body(), BODY));
                d.add(new NumericDocValuesField("group", group[i]));
                w.addDocument(d);
            }
        }
        this.reader = DirectoryReader.open(dir);
        this.searcher = new IndexSearcher(reader);
        this.queries = new QueryBuilder(analyzer);
    }

    /** 1-based rank of the first top-10 hit in {@code group}, or 0 when none (or the query has no terms). */
    int rank(String query, int wantedGroup) throws IOException {
        Query q = queries.createBooleanQuery("body", query, BooleanClause.Occur.SHOULD);
        if (q == null) {
            return 0;
        }
        ScoreDoc[] hits = searcher.search(q, 10).scoreDocs;
        for (int i = 0; i < hits.length; i++) {
            if (groupOf(hits[i].doc) == wantedGroup) {
                return i + 1;
            }
        }
        return 0;
    }

    private long groupOf(int doc) throws IOException {
        var leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        NumericDocValues dv = leaf.reader().getNumericDocValues("group");
        dv.advanceExact(doc - leaf.docBase);
        return dv.longValue();
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            dir.close();
        }
    }
}
