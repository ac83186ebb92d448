package org.marsad.store.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.marsad.store.read.InputFormat;

/** Picks the format of a file whose extension does not tell, from its first bytes; null when unsure. */
final class FormatSniffer {
    private FormatSniffer() {}

    static InputFormat sniff(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(1024);
        } catch (IOException e) {
            return null;
        }
        String s = new String(head, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        if (s.startsWith("\u00ef\u00bb\u00bf")) {
            s = s.substring(3).stripLeading();
        }
        if (s.startsWith("warc/")) {
            return InputFormat.WARC;
        }
        if (s.startsWith("{")) {
            return InputFormat.JSONL;
        }
        if (s.contains("<rss") || s.contains("<feed") || s.contains("<rdf:rdf")) {
            return InputFormat.RSS;
        }
        if (s.startsWith("<!doctype html") || s.startsWith("<html") || s.contains("<html")) {
            return InputFormat.HTML;
        }
        return null;
    }
}
