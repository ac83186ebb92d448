package org.marsad.store.read;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.marsad.store.article.Article;

/**
 * One JSON object per line, optionally gzip-compressed ({@code .jsonl.gz}). Fields are mapped by
 * {@link JsonFields}; an object without a source gets the file name. Each bad line (not JSON, not
 * valid UTF-8, no text, too long) is rejected with its line number and the rest is read.
 * UTF-8 is expected, as JSON requires; a file with a UTF-16 byte order mark is decoded as such.
 */
public final class JsonlReader implements ArticleReader {
    /** One article never needs more; a longer line is a broken dump. */
    static final int MAX_LINE = 16 << 20;

    @Override
    public void read(Path file, ReadSink sink) {
        String fallbackSource = FileBytes.stem(file);
        try (CountingInputStream raw = new CountingInputStream(Files.newInputStream(file))) {
            InputStream in = new BufferedInputStream(raw, 1 << 16);
            if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
                try {
                    in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
                } catch (IOException e) {
                    sink.reject(new Rejection(file, 0, "not a gzip file: " + e.getMessage()));
                    return;
                }
            }
            in = utf8View(file, in);
            LineReader lines = new LineReader(in, MAX_LINE);
            while (true) {
                try {
                    if (!lines.next()) {
                        break;
                    }
                } catch (IOException e) {
                    sink.reject(new Rejection(file, lines.lineNumber() + 1,
                            "cannot read further (" + e.getMessage() + "); lines before it were read"));
                    return;
                }
                sink.progress(raw.count());
                if (hasNul(lines.bytes(), lines.length())) {
                    sink.reject(new Rejection(file, lines.lineNumber(), "binary content (NUL byte), not JSON lines; rest of file skipped"));
                    return;
                }
                readLine(file, lines, fallbackSource, sink);
            }
            if (lines.lineNumber() == 0) {
                sink.reject(new Rejection(file, 0, "empty file"));
            }
        } catch (IOException e) {
            sink.reject(new Rejection(file, 0, "cannot read: " + e.getMessage()));
        }
    }

    private static void readLine(Path file, LineReader lines, String fallbackSource, ReadSink sink) {
        long lineNo = lines.lineNumber();
        if (lines.tooLong()) {
            sink.reject(new Rejection(file, lineNo, "line longer than " + (MAX_LINE >> 20) + " MB, skipped"));
            return;
        }
        byte[] b = lines.bytes();
        int len = lines.length();
        if (isBlank(b, len)) {
            return;
        }
        Article article;
        try {
            article = JsonArticle.parse(b, 0, len, fallbackSource);
        } catch (BadInputException e) {
            sink.reject(new Rejection(file, lineNo, e.getMessage()));
            return;
        }
        sink.article(article, file + ":" + lineNo);
    }

    /** UTF-16 with a BOM is re-encoded as UTF-8 (such files are small exports); anything else passes through. */
    private static InputStream utf8View(Path file, InputStream in) throws IOException {
        in.mark(4);
        int b0 = in.read();
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        boolean utf16 = (b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF);
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            in.skipNBytes(3);
            return in;
        }
        if (!utf16) {
            return in;
        }
        long size = Files.size(file);
        if (size > FileBytes.MAX_ARTICLE_FILE * 8) {
            throw new IOException("UTF-16 file larger than " + (FileBytes.MAX_ARTICLE_FILE * 8 >> 20) + " MB; convert it to UTF-8");
        }
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_16);
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean hasNul(byte[] b, int len) {
        for (int i = 0; i < len; i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(byte[] b, int len) {
        for (int i = 0; i < len; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }
}
