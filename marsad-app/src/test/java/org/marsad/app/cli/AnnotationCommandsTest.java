package org.marsad.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.extract.ner.NerTagger;
import picocli.CommandLine;

/** ingest with and without the extractors, then entities, entity, quotes, claims and search facets through the CLI. */
class AnnotationCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARTICLES = """
            {"source":"ahram","title":"ترامب والعراق","date":"2020-01-05","text":"قال الرئيس الأمريكى دونالد ترامب إن القوات الأمريكية ستبقى فى العراق. وأضاف ترامب: «لن نغادر قبل أن ننهي المهمة». وأعلنت الوزارة أن نحو 5000 جندي أمريكي ينتشرون في البلاد."}
            {"source":"okaz","title":"بغداد ترد","date":"2020-01-06","text":"أكد رئيس الوزراء العراقي عادل عبد المهدي أن بغداد ترفض بقاء القوات الأجنبية. وقال عبد المهدي إن البرلمان صوت أمس على القرار."}
            """;

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        CommandLine cl = MarsadCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    private static List<String> texts(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.get("text").asText()));
        return out;
    }

    @Test
    void annotationViewsThroughTheCommandLine() throws Exception {
        Assumptions.assumeTrue(NerTagger.class.getResource(NerTagger.RESOURCE) != null,
                "the NER model resource is not built yet (marsad train ner); skipping");
        Path in = Files.writeString(dir.resolve("a.jsonl"), ARTICLES);
        String data = dir.resolve("data").toString();
        Run ingest = run("ingest", in.toString(), "--data", data);
        assertEquals(0, ingest.code(), ingest.err());
        assertTrue(ingest.out().contains("extractors: entities, quotes, claims and dates indexed"), ingest.out());

        Run quotes = run("quotes", "--data", data, "--json");
        assertEquals(0, quotes.code(), quotes.err());
        JsonNode q = JSON.readTree(quotes.out());
        assertTrue(texts(q.get("items")).containsAll(List.of("لن نغادر قبل أن ننهي المهمة", "البرلمان صوت أمس على القرار")),
                q.toString());
        assertEquals("2020-01-06", q.get("items").get(0).get("date").asText(), "newest first");
        Run words = run("quotes", "ننهى", "--data", data, "--json");
        assertEquals(List.of("لن نغادر قبل أن ننهي المهمة"), texts(JSON.readTree(words.out()).get("items")));

        Run claims = run("claims", "جندي", "--data", data, "--json");
        JsonNode c = JSON.readTree(claims.out()).get("items");
        assertEquals(List.of("نحو 5000 جندي"), texts(c));
        assertEquals(5000, c.get(0).get("value").asInt());

        Run entities = run("entities", "--data", data, "--json");
        assertEquals(0, entities.code(), entities.err());
        JsonNode es = JSON.readTree(entities.out());
        assertTrue(es.size() > 0, es.toString());
        JsonNode first = es.get(0);
        assertTrue(first.get("articles").asInt() >= 1 && first.get("mentions").asInt() >= first.get("articles").asInt());

        Run entity = run("entity", first.get("key").asText(), "--data", data, "--json");
        assertEquals(0, entity.code(), entity.err());
        JsonNode p = JSON.readTree(entity.out());
        assertEquals(first.get("articles").asInt(), p.get("articles").asInt());
        assertTrue(p.get("timeline").size() >= 1);

        Run search = run("search", "القوات", "--data", data, "--json");
        assertTrue(JSON.readTree(search.out()).get("facets").get("entity").size() > 0, search.out());

        Run unknown = run("entity", "بيروت", "--data", data);
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("no entity named «بيروت»"), unknown.err());

        Run blank = run("entity", " ", "--data", data);
        assertEquals(1, blank.code());
        assertTrue(blank.err().contains("NAME is empty"), blank.err());
        Run pasted = run("entity", "ن".repeat(5_000), "--data", data);
        assertEquals(1, pasted.code());
        assertTrue(pasted.err().length() < 400, "a long name is echoed by its start only: " + pasted.err().length());
    }

    @Test
    void noExtractKeepsTheArchiveSearchableWithoutAnnotations() throws Exception {
        Path in = Files.writeString(dir.resolve("a.jsonl"), ARTICLES);
        String data = dir.resolve("plain").toString();
        Run ingest = run("ingest", in.toString(), "--data", data, "--no-extract");
        assertEquals(0, ingest.code(), ingest.err());
        assertTrue(ingest.out().contains("extractors: off"), ingest.out());
        assertEquals(2, JSON.readTree(run("search", "القوات", "--data", data, "--json").out()).get("total").asInt());
        assertEquals(0, JSON.readTree(run("search", "entity:العراق", "--data", data, "--json").out()).get("total").asInt());
        assertTrue(run("entities", "--data", data).out().contains("no entities"));
        assertEquals(0, JSON.readTree(run("quotes", "--data", data, "--json").out()).get("items").size());
    }
}
