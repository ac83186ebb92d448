package org.marsad.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The HTTP API through a real client against the real server. */
class ApiServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static LiveServer server;

    @BeforeAll
    static void start() throws Exception {
        server = LiveServer.get();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        return JSON.readTree(r.body());
    }

    @Test
    void healthCountsTheArticles() throws Exception {
        HttpResponse<String> r = server.get("/api/health");
        assertEquals(200, r.statusCode());
        JsonNode j = json(r);
        assertEquals("ok", j.get("status").asText());
        assertTrue(j.get("articles").asInt() >= 50, r.body());
    }

    @Test
    void searchFindsTheEgyptianSpellingWithHighlightedFragments() throws Exception {
        HttpResponse<String> r = server.get("/api/search?q=" + LiveServer.enc("الأمريكي"));
        assertEquals(200, r.statusCode());
        JsonNode j = json(r);
        assertTrue(j.get("total").asLong() > 0);
        boolean found = false;
        for (JsonNode h : j.get("hits")) {
            for (JsonNode f : h.get("snippet")) {
                if (f.get("highlighted").asBoolean() && f.get("text").asText().equals("الأمريكى")) {
                    found = true;
                }
            }
        }
        assertTrue(found, "a hit highlights «الأمريكى»: " + r.body());
        assertTrue(j.get("facets").get("source").size() > 0);
        assertTrue(j.get("facets").get("month").size() > 0);
        assertTrue(j.get("facets").get("entity").size() > 0);
        assertFalse(r.body().contains("<mark>"), "snippets are structured, not HTML");
    }

    @Test
    void searchFiltersBySourceAndPages() throws Exception {
        JsonNode all = json(server.get("/api/search?from=2000-01-01&size=100"));
        String source = all.get("facets").get("source").get(0).get("value").asText();
        long count = all.get("facets").get("source").get(0).get("count").asLong();
        JsonNode one = json(server.get("/api/search?from=2000-01-01&source=" + LiveServer.enc(source)));
        assertEquals(count, one.get("total").asLong());
        assertTrue(all.get("total").asLong() > count, "the filter narrows");
        for (JsonNode h : one.get("hits")) {
            assertEquals(source, h.get("source").asText());
        }
        JsonNode p1 = json(server.get("/api/search?q=" + LiveServer.enc("مصر") + "&size=2&page=1"));
        JsonNode p2 = json(server.get("/api/search?q=" + LiveServer.enc("مصر") + "&size=2&page=2"));
        assertEquals(2, p1.get("hits").size());
        assertFalse(p1.get("hits").get(0).get("id").equals(p2.get("hits").get(0).get("id")));
    }

    @Test
    void entityFacetFiltersTheHits() throws Exception {
        JsonNode all = json(server.get("/api/search?q=" + LiveServer.enc("القاهرة")));
        JsonNode facet = all.get("facets").get("entity").get(0);
        String key = facet.get("key").asText();
        JsonNode narrowed = json(server.get("/api/search?q=" + LiveServer.enc("القاهرة") + "&entity=" + LiveServer.enc(key)));
        assertEquals(facet.get("articles").asLong(), narrowed.get("total").asLong(), key);
        JsonNode bySpeaker = json(server.get("/api/search?speaker=" + LiveServer.enc("بلينكن")));
        assertTrue(bySpeaker.get("total").asLong() > 0);
        assertTrue(bySpeaker.get("total").asLong() < json(server.get("/api/health")).get("articles").asLong());
    }

    @ParameterizedTest
    @CsvSource({
        "/api/search?q=x&size=500, size",
        "/api/search?q=x&size=abc, size",
        "/api/search?q=x&page=0, page",
        "/api/search?q=x&from=yesterday, from",
        "/api/search?q=x&from=2024-05-01&to=2024-01-01, to",
        "/api/search, q",
        "/api/search?q=%28, q",
        "/api/entities?type=PLANET, type",
        "/api/quotes?size=0, size",
        "/api/claims?page=-1, page",
        "/api/stories?limit=100000, limit",
        "/api/stories?from=2024-05-01&to=2024-01-01, to",
        "/api/stories?from=soon, from",
    })
    void badRequestsNameTheParameter(String path, String parameter) throws Exception {
        HttpResponse<String> r = server.get(path);
        assertEquals(400, r.statusCode(), r.body());
        JsonNode j = json(r);
        assertEquals(parameter, j.get("parameter").asText(), r.body());
        assertFalse(j.get("error").asText().isBlank());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), "no stack trace: " + r.body());
    }

    @Test
    void unknownThingsAre404Json() throws Exception {
        HttpResponse<String> a = server.get("/api/articles/no-such-id");
        assertEquals(404, a.statusCode());
        assertEquals("id", json(a).get("parameter").asText());
        HttpResponse<String> e = server.get("/api/entities/" + LiveServer.enc("لا أحد بهذا الاسم"));
        assertEquals(404, e.statusCode());
        assertEquals(404, server.get("/api/nothing-here").statusCode());
        // java.net.URI refuses a broken escape, so this one goes over a plain socket
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port)) {
            s.getOutputStream().write("GET /api/articles/%ZZ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String raw = new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(raw.startsWith("HTTP/1.1 400"), raw);
            String body = raw.substring(raw.indexOf("\r\n\r\n") + 4);
            assertFalse(JSON.readTree(body).get("error").asText().isBlank(), "Jetty's own errors are JSON too: " + raw);
        }
    }

    @Test
    void articleComesWithQuotesAndSpeakers() throws Exception {
        JsonNode s = json(server.get("/api/search?q=" + LiveServer.enc("بلينكن يزور القاهرة")));
        String id = s.get("hits").get(0).get("id").asText();
        HttpResponse<String> r = server.get("/api/articles/" + id);
        assertEquals(200, r.statusCode());
        JsonNode a = json(r);
        String body = a.get("body").asText();
        JsonNode quotes = a.get("annotations").get("quotes");
        assertTrue(quotes.size() > 0, r.body());
        boolean spoken = false;
        for (JsonNode q : quotes) {
            assertEquals(body.substring(q.get("start").asInt(), q.get("end").asInt()), q.get("text").asText());
            if (!q.get("speaker").isNull() && q.get("speaker").get("canonical").asText().contains("بلينكن")) {
                spoken = true;
            }
        }
        assertTrue(spoken, "Blinken's quote has him as speaker: " + r.body());
    }

    @Test
    void entityProfileHasATimelineAndCompany() throws Exception {
        HttpResponse<String> r = server.get("/api/entities/" + LiveServer.enc("القاهرة"));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode p = json(r);
        assertTrue(p.get("timeline").size() > 0);
        assertTrue(p.get("cooccurring").size() > 0);
        assertTrue(p.get("articles").asLong() > 0);
        JsonNode list = json(server.get("/api/entities?type=LOC&limit=5"));
        assertTrue(list.get("entities").size() > 0);
        list.get("entities").forEach(e -> assertEquals("LOC", e.get("type").asText()));
    }

    @Test
    void quotesAndClaimsAreSearchable() throws Exception {
        JsonNode q = json(server.get("/api/quotes?speaker=" + LiveServer.enc("بلينكن")));
        assertTrue(q.get("items").size() > 0, q.toString());
        q.get("items").forEach(x -> assertTrue(x.get("speaker").asText().contains("بلينكن"), x.toString()));
        JsonNode c = json(server.get("/api/claims?size=5"));
        assertTrue(c.get("items").size() > 0);
        JsonNode st = json(server.get("/api/stories"));
        assertTrue(st.get("stories").size() > 0);
    }

    @Test
    void storiesComeWithATimelineAndASummary() throws Exception {
        JsonNode st = json(server.get("/api/stories?limit=3"));
        for (JsonNode s : st.get("stories")) {
            int days = 0;
            int articles = 0;
            for (JsonNode d : s.get("timeline")) {
                days++;
                articles += d.get("articles").asInt();
            }
            assertEquals(s.get("size").asInt(), articles, s.toString());
            assertEquals(s.get("first").asText(), s.get("timeline").get(0).get("day").asText());
            assertEquals(s.get("last").asText(), s.get("timeline").get(days - 1).get("day").asText());
            assertFalse(s.get("summary").asText().isBlank(), s.toString());
        }
        // a range after every article leaves no story
        assertEquals(0, json(server.get("/api/stories?from=2099-01-01")).get("total").asInt());
    }

    @Test
    void anArticleComesWithItsSummarySentences() throws Exception {
        JsonNode hits = json(server.get("/api/search?q=" + LiveServer.enc("بلينكن"))).get("hits");
        String id = hits.get(0).get("id").asText();
        JsonNode a = json(server.get("/api/articles/" + LiveServer.enc(id)));
        String body = a.get("body").asText();
        assertTrue(a.get("summary").size() > 0, a.toString());
        for (JsonNode x : a.get("summary")) {
            assertEquals(x.get("text").asText(), body.substring(x.get("start").asInt(), x.get("end").asInt()));
        }
    }

    @Test
    void postingNeedsTheToken() throws Exception {
        String article = "{\"source\":\"اختبار\",\"title\":\"خبر\",\"body\":\"كلمةفريدةللاختبار في خبر جديد\"}";
        HttpResponse<String> none = server.post("/api/articles", article, null);
        assertEquals(401, none.statusCode());
        assertEquals("Authorization", json(none).get("parameter").asText());
        assertEquals(401, server.post("/api/articles", article, "Bearer " + "0".repeat(64)).statusCode());
        assertEquals(0, json(server.get("/api/search?q=" + LiveServer.enc("كلمةفريدةللاختبار"))).get("total").asLong());

        HttpResponse<String> ok = server.post("/api/articles", article, "Bearer " + server.token.value());
        assertEquals(201, ok.statusCode(), ok.body());
        assertEquals(1, json(ok).get("ingested").asLong());
        assertEquals(1, json(server.get("/api/search?q=" + LiveServer.enc("كلمةفريدةللاختبار"))).get("total").asLong());

        String batch = "{\"source\":\"اختبار\",\"body\":\"سطر أول كلمةثانيةفريدة\"}\nnot json\n";
        HttpResponse<String> b = server.post("/api/articles", batch, "Bearer " + server.token.value());
        JsonNode bj = json(b);
        assertEquals(1, bj.get("ingested").asLong(), b.body());
        assertEquals(2, bj.get("rejected").get(0).get("line").asLong(), b.body());
    }

    @Test
    void tokenFileIsPrivate() throws Exception {
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(server.data.resolve(ApiToken.FILE));
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), perms);
    }

    @Test
    void oversizedBodiesAreRefused() throws Exception {
        String big = "{\"body\":\"" + "ا".repeat((int) (ApiServer.MAX_BODY_BYTES / 2 + 1024)) + "\"}";
        HttpResponse<String> r = server.post("/api/articles", big, "Bearer " + server.token.value());
        assertEquals(413, r.statusCode(), r.body().length() > 300 ? r.body().substring(0, 300) : r.body());
    }

    @Test
    void openApiDocumentDescribesEveryRoute() throws Exception {
        JsonNode doc = json(server.get("/api/openapi.json"));
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        for (String p : new String[] {"/api/search", "/api/articles/{id}", "/api/articles", "/api/entities",
            "/api/entities/{canonical}", "/api/quotes", "/api/claims", "/api/stories", "/api/health", "/metrics"}) {
            assertNotNull(doc.get("paths").get(p), p);
        }
    }

    @Test
    void metricsAndSecurityHeaders() throws Exception {
        server.get("/api/health");
        HttpResponse<String> m = server.get("/metrics");
        assertEquals(200, m.statusCode());
        assertTrue(m.body().contains("marsad_http_requests_seconds_count"), m.body());
        HttpResponse<String> page = server.get("/");
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'"), csp);
        assertTrue(page.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "CORS is off");
    }
}
