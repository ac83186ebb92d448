package org.marsad.opensearch.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** The first article bodies of the shared news corpora (SaudiNewsNet, ANT), read from {@code ../shared/data}. */
final class NewsSample {
    static final String SAUDI = "data/saudinewsnet/saudinewsnet.jsonl.gz";
    static final String ANT = "data/ant-multisource/ant_v2.1_multisource.jsonl.gz";
    private static final ObjectMapper JSON = new ObjectMapper();

    private NewsSample() {
    }

    /** {@code perCorpus} non-empty bodies from each corpus, in file order. */
    static List<String> bodies(Path shared, int perCorpus) throws IOException {
        List<String> out = new ArrayList<>();
        out.addAll(read(shared.resolve(SAUDI), "content", perCorpus));
        out.addAll(read(shared.resolve(ANT), "text", perCorpus));
        return out;
    }

    private static List<String> read(Path file, String field, int limit) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while (out.size() < limit && (line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode body;
                try {
                    body = JSON.readTree(line).path(field);
                } catch (IOException e) {
                    throw new IOException(file + ":" + lineNo + ": not JSON: " + e.getMessage(), e);
                }
                if (!body.asText().isBlank()) {
                    out.add(body.asText());
                }
            }
        }
        return out;
    }
}
