package org.marsad.store.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.article.Article;

class JsonlReaderTest {
    static final String LINES = String.join("\n",
            "{\"id\":\"1\",\"source\":\"aawsat\",\"url\":\"http://aawsat.com/1\",\"date_extracted\":\"2015-07-21 02:51:32\","
                    + "\"title\":\"بريطانيا: استراتيجية جديدة\",\"author\":\"لندن: مراسلنا\",\"content\":\"حدد رئيس الوزراء ملامح الاستراتيجية.\"}",
            "{\"docno\":\"AL-1\",\"src\":\"alarabia\",\"title\":\"عنوان\",\"time\":\"Sun, 18 Feb 2018 21:35:43 +0400\","
                    + "\"text\":\"يبدو أن الصراع بين المدربين سيشتد.\"}",
            "{\"title\": \"مكسور\", \"text\": ",
            "",
            "[1, 2, 3]",
            "{\"title\":\"بلا نص\"}",
            "{\"body\":\"   \"}",
            "{\"body\":\"نص بلا مصدر ولا عنوان.\"}");

    @TempDir
    Path dir;

    @Test
    void mapsCommonFieldNamesAndReportsBadLinesByNumber() throws Exception {
        Path f = dir.resolve("dump.jsonl");
        Files.writeString(f, LINES + "\n");
        CollectingSink s = new CollectingSink();
        new JsonlReader().read(f, s);

        assertEquals(3, s.articles.size());
        Article a = s.articles.get(0);
        assertEquals("aawsat", a.source());
        assertEquals("http://aawsat.com/1", a.url());
        assertEquals(LocalDate.of(2015, 7, 21), a.published());
        assertEquals("بريطانيا: استراتيجية جديدة", a.title());
        assertEquals("لندن: مراسلنا", a.author());
        assertEquals("حدد رئيس الوزراء ملامح الاستراتيجية.", a.body());
        Article b = s.articles.get(1);
        assertEquals("alarabia", b.source());
        assertEquals(LocalDate.of(2018, 2, 18), b.published());
        assertEquals("dump", s.articles.get(2).source(), "no source field: the file name");
        assertEquals(f + ":8", s.origins.get(2));

        assertEquals(4, s.rejections.size(), s.rejections::toString);
        assertEquals(3, s.rejections.get(0).line());
        assertTrue(s.rejections.get(0).reason().startsWith("malformed JSON"));
        assertEquals(5, s.rejections.get(1).line());
        assertEquals("not a JSON object", s.rejections.get(1).reason());
        assertEquals(6, s.rejections.get(2).line());
        assertTrue(s.rejections.get(2).reason().startsWith("no text field"));
        assertEquals(7, s.rejections.get(3).line());
        assertEquals("empty text", s.rejections.get(3).reason());
    }

    @Test
    void readsGzipAndRejectsAnInvalidUtf8Line() throws Exception {
        Path f = dir.resolve("dump.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write("{\"text\":\"السطر الأول\",\"source\":\"a\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC7, (byte) 0xE1, '"', '}', '\n'});
            out.write("{\"text\":\"السطر الثالث\",\"source\":\"a\"}\r\n".getBytes(StandardCharsets.UTF_8));
        }
        CollectingSink s = new CollectingSink();
        new JsonlReader().read(f, s);
        assertEquals(2, s.articles.size());
        assertEquals("السطر الثالث", s.articles.get(1).body());
        assertEquals(1, s.rejections.size());
        assertEquals(2, s.rejections.get(0).line());
        assertTrue(s.rejections.get(0).reason().contains("UTF-8"), s.rejections.get(0).reason());
    }

    @Test
    void emptyAndBinaryFiles() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        Path binary = Files.write(dir.resolve("bin.jsonl"), new byte[] {'{', 0, 1, 2, 3, '\n', 'x'});
        CollectingSink s = new CollectingSink();
        new JsonlReader().read(empty, s);
        new JsonlReader().read(binary, s);
        assertEquals("empty file", s.rejections.get(0).reason());
        assertTrue(s.rejections.get(1).reason().startsWith("binary content"));
        assertEquals(2, s.rejections.size(), "a binary file is one rejection, not one per line");
    }
}
