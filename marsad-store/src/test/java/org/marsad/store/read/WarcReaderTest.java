package org.marsad.store.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcReaderTest {
    @TempDir
    Path dir;

    private static WarcResponse response(String url, int status, String contentType, byte[] body) throws Exception {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(contentType), body).build();
        return new WarcResponse.Builder(url).date(Instant.parse("2015-07-20T10:00:00Z")).body(http).build();
    }

    private Path write(String name, WarcCompression compression) throws Exception {
        Path f = dir.resolve(name);
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                WarcWriter w = new WarcWriter(ch, compression)) {
            w.write(response("https://www.sabq.example/news/1", 200, "text/html; charset=utf-8",
                    ("<html><head><title>هطول أمطار غزيرة</title><meta name='date' content='2015-07-19'></head><body>"
                            + "<nav><a href='/'>الرئيسية</a></nav><p>شهدت منطقة عسير هطول أمطار غزيرة مساء أمس.</p></body></html>")
                            .getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://www.sabq.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
            w.write(response("https://www.sabq.example/missing", 404, "text/html", "<p>غير موجود</p>".getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://old.example/page", 200, "text/html; charset=windows-1256",
                    "<html><body><p>خبر من موقع قديم بترميز ويندوز.</p></body></html>".getBytes(Charset.forName("windows-1256"))));
            w.write(response("https://www.sabq.example/empty", 200, "text/html",
                    "<html><body><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8)));
        }
        return f;
    }

    @Test
    void readsHtmlResponsesOfPlainAndGzippedArchives() throws Exception {
        for (Path f : new Path[] {write("crawl.warc", WarcCompression.NONE), write("crawl.warc.gz", WarcCompression.GZIP)}) {
            CollectingSink s = new CollectingSink();
            new WarcReader().read(f, s);
            assertEquals(2, s.articles.size(), f + ": " + s.rejections);
            assertEquals("sabq.example", s.articles.get(0).source());
            assertEquals("https://www.sabq.example/news/1", s.articles.get(0).url());
            assertEquals("هطول أمطار غزيرة", s.articles.get(0).title());
            assertEquals("شهدت منطقة عسير هطول أمطار غزيرة مساء أمس.", s.articles.get(0).body());
            assertEquals("2015-07-19", s.articles.get(0).published().toString());
            assertEquals("خبر من موقع قديم بترميز ويندوز.", s.articles.get(1).body());
            assertEquals(1, s.rejections.size(), s.rejections::toString);
            assertEquals(5, s.rejections.get(0).line());
            assertTrue(s.rejections.get(0).reason().contains("no article text"));
        }
    }

    @Test
    void truncatedArchiveKeepsTheRecordsBeforeTheDamage() throws Exception {
        Path f = write("cut.warc", WarcCompression.NONE);
        byte[] all = Files.readAllBytes(f);
        String s0 = new String(all, StandardCharsets.ISO_8859_1);
        int third = s0.indexOf("WARC/1.", s0.indexOf("WARC/1.", s0.indexOf("WARC/1.", 1) + 1) + 1);
        Path cut = Files.write(dir.resolve("cut2.warc"), java.util.Arrays.copyOf(all, third + 40));
        CollectingSink s = new CollectingSink();
        new WarcReader().read(cut, s);
        assertEquals(1, s.articles.size());
        assertTrue(s.rejections.get(0).reason().startsWith("corrupt WARC record"), s.rejections.toString());
    }

    @Test
    void notAWarc() throws Exception {
        Path f = Files.writeString(dir.resolve("x.warc"), "this is not a web archive");
        CollectingSink s = new CollectingSink();
        new WarcReader().read(f, s);
        assertEquals(0, s.articles.size());
        assertEquals(1, s.rejections.size());
    }
}
