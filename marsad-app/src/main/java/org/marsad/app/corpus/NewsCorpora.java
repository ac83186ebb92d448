package org.marsad.app.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * The two unlabeled news corpora in the shared data: SaudiNewsNet (31,030 articles, 2015) and
 * ANT v2.1 multi-source (31,525 articles, 2018), read in file order so runs are reproducible.
 */
public final class NewsCorpora {
    public static final String SAUDI = "saudinewsnet/saudinewsnet.jsonl.gz";
    public static final String ANT = "ant-multisource/ant_v2.1_multisource.jsonl.gz";

    private static final ObjectMapper JSON = new ObjectMapper();

    private NewsCorpora() {}

    /** Calls {@code sink} for every article of both corpora (SaudiNewsNet first), up to {@code limit} (<= 0: all). */
    public static int forEach(Path shared, int limit, Consumer<CorpusArticle> sink) {
        int n = read(SharedData.require(shared, SAUDI), limit, sink, true);
        if (limit <= 0 || n < limit) {
            n += read(SharedData.require(shared, ANT), limit <= 0 ? 0 : limit - n, sink, false);
        }
        return n;
    }

    /** Up to {@code limit} articles taken alternately from both corpora, so a sample mixes 2015 and 2018 sources. */
    public static List<CorpusArticle> interleaved(Path shared, int limit) {
        List<CorpusArticle> saudi = new ArrayList<>();
        List<CorpusArticle> ant = new ArrayList<>();
        int half = limit <= 0 ? 0 : (limit + 1) / 2;
        read(SharedData.require(shared, SAUDI), half, saudi::add, true);
        read(SharedData.require(shared, ANT), half, ant::add, false);
        List<CorpusArticle> out = new ArrayList<>(saudi.size() + ant.size());
        for (int i = 0; i < Math.max(saudi.size(), ant.size()); i++) {
            if (i < saudi.size()) {
                out.add(saudi.get(i));
            }
            if (i < ant.size()) {
                out.add(ant.get(i));
            }
        }
        return limit <= 0 ? out : out.subList(0, Math.min(limit, out.size()));
    }

    private static int read(Path file, int limit, Consumer<CorpusArticle> sink, boolean saudi) {
        int n = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o;
                try {
                    o = JSON.readTree(line);
                } catch (IOException e) {
                    throw new UncheckedIOException(file + ":" + lineNo + ": not JSON: " + e.getMessage(), e);
                }
                CorpusArticle a = saudi
                        ? new CorpusArticle(text(o, "id"), text(o, "source"), text(o, "title"), text(o, "content"),
                                text(o, "date_extracted"))
                        : new CorpusArticle(text(o, "docno"), text(o, "src"), text(o, "title"), text(o, "text"),
                                text(o, "time"));
                sink.accept(a);
                if (++n == limit) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return n;
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }
}
