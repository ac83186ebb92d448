package org.marsad.store.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * Segments written by the background flusher keep the order documents were added in (the archive
 * relies on it: "first indexed first", newest-first ties), and a commit, in the background or not,
 * holds every document added before it.
 */
class BackgroundFlusherTest {
    @Test
    void aCommitInTheBackgroundHoldsWhatWasAddedBeforeItWasAsked() throws Exception {
        try (Directory dir = new ByteBuffersDirectory();
                IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()));
                BackgroundFlusher flusher = new BackgroundFlusher(w)) {
            for (int i = 0; i < 100; i++) {
                Document d = new Document();
                d.add(new TextField("body", "text " + i, Field.Store.NO));
                w.addDocument(d);
                flusher.added();
            }
            flusher.commitInBackground();
            flusher.awaitIdle();
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                assertEquals(100, r.numDocs());
            }
        }
    }

    @Test
    void segmentsWrittenInTheBackgroundKeepTheOrderOfAdding() throws Exception {
        int n = 3000;
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer())
                    .setMergePolicy(NoMergePolicy.INSTANCE).setRAMBufferSizeMB(64))) {
                try (BackgroundFlusher flusher = new BackgroundFlusher(w, 64 << 10)) {
                    for (int i = 0; i < n; i++) {
                        Document d = new Document();
                        d.add(new NumericDocValuesField("seq", i));
                        d.add(new TextField("body", "word" + i + " shared text number " + (i % 97) + " more words " + i * 7,
                                Field.Store.YES));
                        w.addDocument(d);
                        flusher.added();
                        if (i % 300 == 299) {
                            flusher.awaitIdle(); // the flush asked for is written before more is added: a segment per batch
                        }
                    }
                }
                w.commit();
            }
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                assertEquals(n, r.numDocs());
                assertTrue(r.leaves().size() > 3, "the flusher wrote several segments: " + r.leaves().size());
                long expected = 0;
                for (LeafReaderContext leaf : r.leaves()) {
                    NumericDocValues seq = leaf.reader().getNumericDocValues("seq");
                    for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                        assertTrue(seq.advanceExact(doc));
                        assertEquals(expected++, seq.longValue(), "document " + (leaf.docBase + doc));
                    }
                }
            }
        }
    }
}
