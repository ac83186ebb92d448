package org.marsad.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marsad.extract.doc.Doc;
import org.marsad.extract.eval.GivenEntities;
import org.marsad.extract.eval.GoldArticle;
import org.marsad.extract.ner.NerTagger;
import org.marsad.extract.pipeline.Extractor;
import picocli.CommandLine;

/** The {@code analyze --json} contract: its fields, and text == input.substring(start, end) for every span. */
class AnalyzeJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Checks every span of one analyze JSON object against the input; returns how many spans it checked. */
    static int checkSpans(String input, JsonNode root) {
        int n = 0;
        for (String list : new String[] {"entities", "quotes", "claims", "dates"}) {
            assertTrue(root.get(list).isArray(), list);
            for (JsonNode o : root.get(list)) {
                n += span(input, o);
                if (o.hasNonNull("speaker")) {
                    n += span(input, o.get("speaker"));
                }
                if (o.hasNonNull("subject")) {
                    n += span(input, o.get("subject"));
                }
            }
        }
        for (JsonNode e : root.get("entities")) {
            assertTrue(e.has("type") && e.has("canonical"));
        }
        for (JsonNode q : root.get("quotes")) {
            assertTrue(q.get("direct").isBoolean() && q.has("cue") && q.has("speaker"));
        }
        for (JsonNode c : root.get("claims")) {
            assertTrue(c.get("value").isNumber() && c.has("unit") && c.has("qualifier") && c.has("claimant"));
        }
        for (JsonNode d : root.get("dates")) {
            assertTrue(d.has("value"));
        }
        return n;
    }

    private static int span(String input, JsonNode o) {
        int start = o.get("start").asInt();
        int end = o.get("end").asInt();
        assertEquals(input.substring(start, end), o.get("text").asText(), () -> "span " + o);
        return 1;
    }

    @Test
    void everySpanOfEveryAnnotatedArticleIsTheInputSubstring() throws Exception {
        int spans = 0;
        for (GoldArticle a : EvalExtractCommand.all()) {
            Doc doc = new Extractor(new GivenEntities(a)).extract(a.text(), a.date());
            JsonNode root = JSON.readTree(ExtractionJson.write(doc));
            spans += checkSpans(a.text(), root);
        }
        assertTrue(spans > 150, "spans checked: " + spans);
    }

    @Test
    void cliPrintsExactlyOneJsonObjectWithTheShippedModel() throws Exception {
        Assumptions.assumeTrue(NerTagger.class.getResource(NerTagger.RESOURCE) != null,
                "the NER model resource is not built yet (marsad train ner); skipping the CLI run");
        // BOM, CRLF and a supplementary char before the spans: offsets must still index the text as read
        String input = "\uFEFF😀 قال الرئيس المصري عبد الفتاح السيسي إن النمو بلغ 5٫2% أمس.\r\nوأضاف: «سنخفض العجز إلى ٦٪».";
        String text = input.substring(1);
        InputStream stdin = System.in;
        StringWriter out = new StringWriter();
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            CommandLine cl = MarsadCommand.commandLine();
            cl.setOut(new PrintWriter(out));
            assertEquals(0, cl.execute("analyze", "-", "--json", "--date", "2024-04-12"));
        } finally {
            System.setIn(stdin);
        }
        String printed = out.toString().strip();
        JsonNode root = JSON.readTree(printed);
        assertTrue(root.isObject());
        assertEquals(printed, JSON.writeValueAsString(root), "exactly one JSON object and nothing else");
        assertTrue(checkSpans(text, root) >= 4);
        assertEquals("2024-04-11", root.get("dates").get(0).get("value").asText());
    }
}
