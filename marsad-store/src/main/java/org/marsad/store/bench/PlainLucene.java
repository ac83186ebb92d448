package org.marsad.store.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.marsad.store.article.Article;

/**
 * The baseline: what a Lucene user writes without marsad. Id, title and body stored, title and
 * body analyzed with the stock {@link ArabicAnalyzer}, BM25, one commit at the end.
 */
final class PlainLucene {
    static final String ID = "id";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String SOURCE = "source";

    private PlainLucene() {}

    static void index(Path dir, List<Article> articles) throws IOException {
        try (Directory d = FSDirectory.open(dir);
                IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new ArabicAnalyzer())
                        .setRAMBufferSizeMB(64).setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            for (Article a : articles) {
                Document doc = new Document();
                doc.add(new StringField(ID, a.id(), Field.Store.YES));
                doc.add(new StringField(SOURCE, a.source(), Field.Store.YES));
                if (a.title() != null) {
                    doc.add(new TextField(TITLE, a.title(), Field.Store.YES));
                }
                doc.add(new TextField(BODY, a.body(), Field.Store.YES));
                w.addDocument(doc);
            }
            w.commit();
        }
    }
}
