package org.marsad.store.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.index.ArchiveSchema;
import org.marsad.store.index.ArchiveWriter;

/** kill -9 in the middle of an ingest, then: the index opens, holds every committed article once, and a rerun completes. */
class CrashSafetyTest {
    static final int ARTICLES = 30_000;

    @TempDir
    Path dir;

    @Test
    void killedIngestLeavesACommittedIndexAndARerunCompletes() throws Exception {
        Path input = dir.resolve("big.jsonl");
        String[] words = {"الحكومة", "وزير", "النفط", "الأمريكي", "العراق", "اجتماع", "مجلس", "الأمن", "القاهرة", "الرياض"};
        try (BufferedWriter w = Files.newBufferedWriter(input)) {
            for (int i = 0; i < ARTICLES; i++) {
                StringBuilder body = new StringBuilder("خبر رقم ").append(i).append(':');
                for (int k = 0; k < 60; k++) {
                    body.append(' ').append(words[(i * 7 + k * 3 + k * k) % words.length]);
                }
                w.write("{\"source\":\"src" + (i % 3) + "\",\"title\":\"عنوان " + i + "\",\"text\":\"" + body + "\"}\n");
            }
        }
        Path data = dir.resolve("data");
        ArchiveLocation loc = new ArchiveLocation(data);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                IngestChild.class.getName(), data.toString(), "500", input.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        // wait until a few batches are committed, then kill without warning
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        int committed = 0;
        while (System.nanoTime() < deadline && child.isAlive()) {
            committed = loc.exists() ? ids(loc).size() : 0;
            if (committed >= 1500) {
                break;
            }
            Thread.sleep(50);
        }
        assertTrue(child.isAlive(), "the child finished before it could be killed; log: " + Files.readString(dir.resolve("child.log")));
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertTrue(committed >= 1500, "no commits seen before the deadline");

        // the index opens and holds each committed article once
        List<String> after = idList(loc);
        assertEquals(new HashSet<>(after).size(), after.size(), "an article is in the index twice");
        assertTrue(after.size() >= committed && after.size() < ARTICLES, "committed: " + after.size());

        // a rerun completes with every article exactly once
        IngestTally t;
        try (ArchiveWriter w = new ArchiveWriter(loc, 5000, 30)) {
            t = new Ingester(null, IngestProgress.NONE).run(List.of(input), w);
        }
        assertEquals(ARTICLES, t.read());
        assertEquals(after.size(), t.alreadyPresent());
        assertEquals(ARTICLES - after.size(), t.ingested());
        List<String> end = idList(loc);
        assertEquals(ARTICLES, end.size());
        assertEquals(ARTICLES, new HashSet<>(end).size());
    }

    private static Set<String> ids(ArchiveLocation loc) throws Exception {
        return new HashSet<>(idList(loc));
    }

    private static List<String> idList(ArchiveLocation loc) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        try (Directory d = loc.open(); DirectoryReader r = DirectoryReader.open(d)) {
            for (LeafReaderContext leaf : r.leaves()) {
                SortedDocValues dv = leaf.reader().getSortedDocValues(ArchiveSchema.ID);
                var live = leaf.reader().getLiveDocs();
                if (dv == null) {
                    continue;
                }
                for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        out.add(dv.lookupOrd(dv.ordValue()).utf8ToString());
                    }
                }
            }
        }
        return out;
    }
}
