package org.marsad.store.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Web archives ({@code .warc}, {@code .warc.gz}) read with jwarc: every HTTP 200 response whose
 * content type is HTML becomes an article through {@link HtmlPage}, its url the record's target.
 * Other records (requests, metadata, images, redirects) are skipped silently; a page without text
 * is rejected with its record number; a corrupt archive is reported and the records before the
 * damage are kept.
 */
public final class WarcReader implements ArticleReader {
    @Override
    public void read(Path file, ReadSink sink) {
        long record = 0;
        long pages = 0;
        try (org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(file)) {
            while (true) {
                WarcRecord r = reader.next().orElse(null);
                if (r == null) {
                    break;
                }
                record++;
                sink.progress(reader.position());
                if (r instanceof WarcResponse resp && readResponse(file, record, resp, sink)) {
                    pages++;
                }
            }
        } catch (IOException | RuntimeException e) {
            sink.reject(new Rejection(file, record + 1, "corrupt WARC record " + (record + 1) + " ("
                    + e.getMessage() + "); the " + record + " records before it were read"));
            return;
        }
        if (record == 0) {
            sink.reject(new Rejection(file, 0, "empty WARC file"));
        } else if (pages == 0) {
            sink.reject(new Rejection(file, 0, "no HTML responses among " + record + " WARC records"));
        }
    }

    /** True when the record is an HTML page (whether or not it had text). */
    private static boolean readResponse(Path file, long record, WarcResponse resp, ReadSink sink) throws IOException {
        if (!resp.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
            return false;
        }
        HttpResponse http = resp.http();
        MediaType type = http.contentType();
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        if (http.status() != 200 || !(base.equals("text/html") || base.equals("application/xhtml+xml"))) {
            return false;
        }
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes((int) FileBytes.MAX_ARTICLE_FILE + 1);
        }
        String url = resp.target();
        if (body.length > FileBytes.MAX_ARTICLE_FILE) {
            sink.reject(new Rejection(file, record, "page " + url + " larger than " + (FileBytes.MAX_ARTICLE_FILE >> 20) + " MB, skipped"));
            return true;
        }
        try {
            sink.article(HtmlPage.read(body, type.parameters().get("charset"), url, FileBytes.stem(file)),
                    file + "#record" + record);
        } catch (BadInputException e) {
            sink.reject(new Rejection(file, record, url + ": " + e.getMessage()));
        }
        return true;
    }
}
