package org.marsad.store.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.index.ArchiveSchema;
import org.marsad.store.index.ArchiveWriter;
import org.marsad.store.read.InputFormat;

class IngesterTest {
    @TempDir
    Path dir;

    private IngestTally ingest(ArchiveLocation loc, InputFormat format, Path... paths) throws Exception {
        try (ArchiveWriter w = new ArchiveWriter(loc, 1000, 30)) {
            return new Ingester(format, IngestProgress.NONE).run(List.of(paths), w);
        }
    }

    private static long count(ArchiveLocation loc, String kind) throws Exception {
        try (Directory d = loc.open(); DirectoryReader r = DirectoryReader.open(d)) {
            return new IndexSearcher(r).count(new TermQuery(new Term(ArchiveSchema.KIND, kind)));
        }
    }

    @Test
    void reingestAddsNothingAndCrossSourceCopiesAreRecordedOnce() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.jsonl"), String.join("\n",
                "{\"source\":\"okaz\",\"title\":\"خبر\",\"text\":\"افتتح أمير المنطقة مشروعاً جديداً للمياه.\"}",
                "{\"source\":\"okaz\",\"title\":\"خبر ثان\",\"text\":\"فاز المنتخب الوطني في مباراته الأولى.\"}",
                // same source and body as line 1 but with diacritics and tatweel: the same article
                "{\"source\":\"okaz\",\"title\":\"مكرر\",\"text\":\"افتتـــح أميرُ المنطقة مشروعاً جديداً للمياه.\"}",
                // another source carries line 2 word for word (a wire story)
                "{\"source\":\"sabq\",\"title\":\"نقل\",\"text\":\"فاز المنتخب الوطني  في مباراته الأولى.\"}"));
        Path sub = Files.createDirectories(in.resolve("deep/er"));
        Files.writeString(sub.resolve("b.txt"), "نص مقال محفوظ في مجلد فرعي عميق.");
        Files.write(sub.resolve("broken.jsonl"), "{not json}\n".getBytes(StandardCharsets.UTF_8));
        Files.write(in.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});

        ArchiveLocation loc = new ArchiveLocation(dir.resolve("data"));
        IngestTally first = ingest(loc, null, in);
        assertEquals(5, first.read());
        assertEquals(3, first.ingested());
        assertEquals(1, first.duplicates());
        assertEquals(1, first.alreadyPresent());
        assertEquals(2, first.rejections().size(), first.rejections().toString());
        assertTrue(first.rejections().stream().anyMatch(r -> r.file().endsWith("broken.jsonl") && r.line() == 1));
        assertTrue(first.rejections().stream().anyMatch(r -> r.file().endsWith("photo.png") && r.reason().contains("not a format")));
        assertEquals(3, count(loc, ArchiveSchema.KIND_ARTICLE));
        assertEquals(1, count(loc, ArchiveSchema.KIND_DUPLICATE));

        IngestTally again = ingest(loc, null, in);
        assertEquals(0, again.ingested());
        assertEquals(0, again.duplicates());
        assertEquals(5, again.alreadyPresent());
        assertEquals(3, count(loc, ArchiveSchema.KIND_ARTICLE));
        assertEquals(1, count(loc, ArchiveSchema.KIND_DUPLICATE));
    }

    @Test
    void forcedFormatAndMissingPath() throws Exception {
        Path f = Files.writeString(dir.resolve("export.dat"), "{\"text\":\"مقال في ملف بامتداد غريب.\",\"source\":\"x\"}\n");
        ArchiveLocation loc = new ArchiveLocation(dir.resolve("data"));
        IngestTally t = ingest(loc, InputFormat.JSONL, f, dir.resolve("nope"));
        assertEquals(1, t.ingested());
        assertEquals("no such file or folder", t.rejections().get(0).reason());
    }

    @Test
    void unknownExtensionIsSniffed() throws Exception {
        Path f = Files.writeString(dir.resolve("export.dat"), "{\"text\":\"مقال في ملف بامتداد غريب.\",\"source\":\"x\"}\n");
        IngestTally t = ingest(new ArchiveLocation(dir.resolve("data")), null, f);
        assertEquals(1, t.ingested(), t.rejections().toString());
    }
}
