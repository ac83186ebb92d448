package org.marsad.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** ingest, search and stats through the real command line, on a real archive in a temp folder. */
class ArchiveCommandsTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        CommandLine cl = MarsadCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void ingestSearchStats() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/masrawy"));
        Files.writeString(in.resolve("a.txt"), "قال المتحدث إن الجيش الأمريكى فى العراق سيبدأ الانسحاب الشهر المقبل.");
        Files.writeString(dir.resolve("in/feed.jsonl"), """
                {"title":"الذهب يرتفع","text":"ارتفع سعر الذهب في الأسواق.","source":"aleqt","date":"2015-07-02"}
                {"title":"مكسور
                """);
        String data = dir.resolve("data").toString();

        Run ingest = run("ingest", dir.resolve("in").toString(), "--data", data);
        assertEquals(0, ingest.code(), ingest.err());
        assertTrue(ingest.out().contains("2 articles read, 2 ingested"), ingest.out());
        assertTrue(ingest.out().contains("feed.jsonl:2: malformed JSON"), ingest.out());
        assertTrue(ingest.err().contains("ingest: "), "plain progress lines when not on a terminal: " + ingest.err());

        Run search = run("search", "الأمريكي في العراق", "--data", data);
        assertEquals(0, search.code(), search.err());
        assertTrue(search.out().contains("[[الأمريكى]] فى [[العراق]]"), search.out());

        Run json = run("search", "الذهب date:2015-07", "--data", data, "--json");
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals(1, root.get("total").asInt());
        JsonNode hit = root.get("hits").get(0);
        assertEquals("aleqt", hit.get("source").asText());
        assertEquals("2015-07-02", hit.get("date").asText());
        assertEquals("الذهب", hit.get("snippet").get("highlights").get(0).get("text").asText());
        assertEquals(1, root.get("facets").get("month").get("2015-07").asInt());

        Run bad = run("search", "\"الذهب", "--data", data);
        assertEquals(1, bad.code());
        assertTrue(bad.err().startsWith("marsad search: cannot parse query") && bad.err().strip().lines().count() == 1, bad.err());

        Run stats = run("stats", "--data", data);
        assertTrue(stats.out().contains("articles:   2"), stats.out());
        assertTrue(stats.out().contains("2015-07-02 .. 2015-07-02"), stats.out());

        Run none = run("search", "x", "--data", dir.resolve("nothing").toString());
        assertEquals(1, none.code());
        assertTrue(none.err().contains("no archive at"), none.err());
    }
}
