package org.marsad.store.read;

import java.nio.file.Path;
import java.util.Locale;

/** The source formats marsad reads; {@link #ofFileName} picks one by extension for {@code --format auto}. */
public enum InputFormat {
    TXT, JSONL, HTML, RSS, WARC;

    /** The format a file name implies, or null when the extension is not one marsad reads. */
    public static InputFormat ofFileName(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
            if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
                return JSONL;
            }
            return n.endsWith(".warc") ? WARC : null;
        }
        if (n.endsWith(".txt") || n.endsWith(".text")) {
            return TXT;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return JSONL;
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return HTML;
        }
        if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml")) {
            return RSS;
        }
        if (n.endsWith(".warc")) {
            return WARC;
        }
        return null;
    }

    /** Parses a {@code --format} value; null for auto. */
    public static InputFormat parse(String s) {
        if (s == null || s.equalsIgnoreCase("auto")) {
            return null;
        }
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + s + "' (expected auto, txt, jsonl, html, rss or warc)");
        }
    }
}
