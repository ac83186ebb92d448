package org.marsad.opensearch.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.opensearch.testkit.LocalOpenSearchCluster;
import org.marsad.text.lucene.ArabicNewsAnalyzer;
import org.marsad.text.lucene.ArabicNewsNormalizationFilter;
import org.marsad.text.lucene.ArabicNewsTokenizer;
import org.marsad.text.segment.ArabicSegmenter;

/**
 * The plugin zip installed into a real 2-node OpenSearch 3.6 cluster: every analysis component
 * must give exactly the terms, positions, offsets and types of the embedded marsad-text classes,
 * and a 2-shard, 1-replica index analyzed with {@code marsad_arabic} must find a spelling variant.
 */
class MarsadAnalysisIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INDEX = "articles";

    /** Fixture texts written for this test, one per trait of Arabic news text the analyzer handles. */
    static final Map<String, String> FIXTURES = Map.ofEntries(
            Map.entry("diacritics", "وَقَالَ الرَّئِيسُ إِنَّ الْحُكُومَةَ سَتُعْلِنُ الْقَرَارَ غَدًا"),
            Map.entry("tatweel", "أعلنـــت الوزارة عن خطـــة جديـــدة للتعليـــم"),
            Map.entry("hamza", "أحمد وإبراهيم وآمال في مؤتمر المسؤول الذي سئل عن شؤون الهيئة ءامن"),
            Map.entry("alef maqsura", "وقال وزير النفط العراقى فى بغداد إن الإنتاج سيرتفع على مدى عامين"),
            Map.entry("teh marbuta", "المدرسة الجديدة في المدينه القديمه قرب مكتبة عامه"),
            Map.entry("clitics", "وبالمدرسة فسيكتبونها ولمؤتمرهم وكتابهما بالقاهرة للصحفيين وبشركاتهم"),
            Map.entry("latin", "أعلنت شركة Apple عن iPhone 17 Pro في مؤتمر WWDC-2026 مع Tim Cook"),
            Map.entry("numbers", "بلغ العجز نحو 12% من الناتج المحلى، أي 12,500 مليون ريال، و٣٥٠ ألف وظيفة عام ١٤٤٧هـ و3.5 بالمئة"),
            Map.entry("web", "تابعونا على https://example.com/news?id=42 ووسم #عاصي_الحلاني و#كأس_العالم_2026 وحساب @marsad_news وبريد news@example.org"),
            Map.entry("stop words", "إن هذا هو الذي كان من قبل في تلك الأيام عندما لم يكن هناك أي شيء"),
            Map.entry("only stop words", "في في من على إلى"),
            Map.entry("quotes", "«سنرفع الإنتاج خلال الربع المقبل»، وأشار إلى أن... (الخبر) - [تحديث]؛ هل؟!"),
            Map.entry("presentation forms", "ﻻ إله ﻷن ﺍﻟﻌﺮﺑﻴﺔ لا\u200cيمكن\u00a0غدا"),
            Map.entry("persian letters", "گزارش کوچک درباره پاکستان"),
            Map.entry("emoji", "الفوز 🎉 بالكأس 🏆 رائع"));

    private static LocalOpenSearchCluster cluster;
    private static final Analyzer MARSAD = new ArabicNewsAnalyzer();
    private static final Analyzer KEEP_STOP_WORDS = new ArabicNewsAnalyzer(ArabicSegmenter.standard(), false);
    private static final Analyzer TOKENIZER_ONLY = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new ArabicNewsTokenizer());
        }
    };
    private static final Analyzer WHITESPACE_NORMALIZE = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new WhitespaceTokenizer();
            return new TokenStreamComponents(source, new ArabicNewsNormalizationFilter(source));
        }
    };

    @BeforeAll
    static void startCluster() throws IOException {
        Path plugin = Path.of(System.getProperty("marsad.opensearch.plugin", "target/missing-plugin.zip"));
        cluster = LocalOpenSearchCluster.builder().plugin(plugin).nodes(2).start();
        cluster.call("PUT", "/" + INDEX, """
                {
                  "settings": {
                    "number_of_shards": 2,
                    "number_of_replicas": 1,
                    "analyze": {"max_token_count": 1000000},
                    "analysis": {
                      "analyzer": {
                        "marsad_chain": {"type": "custom", "tokenizer": "marsad_tokenizer", "filter": ["marsad_stem"]},
                        "marsad_keep_stop_words": {"type": "marsad_arabic", "remove_stop_words": false}
                      },
                      "normalizer": {
                        "marsad_keyword": {"type": "custom", "filter": ["marsad_normalize"]}
                      }
                    }
                  },
                  "mappings": {"properties": {"body": {"type": "text", "analyzer": "marsad_arabic"}}}
                }""");
        cluster.waitForStatus("green", Duration.ofMinutes(2));
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void pluginIsInstalledOnEveryNode() throws IOException {
        JsonNode plugins = cluster.call("GET", "/_cat/plugins?format=json", null);
        assertEquals(2, plugins.size(), plugins.toString());
        for (JsonNode p : plugins) {
            assertEquals("marsad-analysis", p.path("component").asText());
        }
    }

    @Test
    void mappedFieldAnalyzesFixturesExactlyAsEmbeddedAnalyzer() throws IOException {
        int tokens = 0;
        for (Map.Entry<String, String> fixture : FIXTURES.entrySet()) {
            List<AnalyzedToken> expected = AnalyzedToken.embedded(MARSAD, fixture.getValue());
            assertEquals(expected, analyze(request("field", "body", fixture.getValue())), fixture.getKey());
            assertEquals(expected, analyze(request("analyzer", "marsad_arabic", fixture.getValue())), fixture.getKey());
            tokens += expected.size();
        }
        assertTrue(tokens > 100, "the fixtures should produce tokens, got " + tokens);
        assertTrue(AnalyzedToken.embedded(MARSAD, FIXTURES.get("only stop words")).isEmpty());
    }

    @Test
    void splitComponentsMatchTheirMarsadTextClasses() throws IOException {
        for (Map.Entry<String, String> fixture : FIXTURES.entrySet()) {
            String text = fixture.getValue();
            String name = fixture.getKey();
            assertEquals(AnalyzedToken.embedded(MARSAD, text), analyze(request("analyzer", "marsad_chain", text)), name);
            assertEquals(AnalyzedToken.embedded(KEEP_STOP_WORDS, text),
                    analyze(request("analyzer", "marsad_keep_stop_words", text)), name);
            assertEquals(AnalyzedToken.embedded(TOKENIZER_ONLY, text), analyze(request("tokenizer", "marsad_tokenizer", text)), name);
            ObjectNode normalize = request("tokenizer", "whitespace", text);
            normalize.putArray("filter").add("marsad_normalize");
            assertEquals(AnalyzedToken.embedded(WHITESPACE_NORMALIZE, text), analyze(normalize), name);
        }
    }

    @Test
    void keywordNormalizerFoldsLikeTheAnalyzersNormalizePath() throws IOException {
        for (Map.Entry<String, String> fixture : FIXTURES.entrySet()) {
            String expected = MARSAD.normalize("body", fixture.getValue()).utf8ToString();
            List<AnalyzedToken> tokens = analyze(request("normalizer", "marsad_keyword", fixture.getValue()));
            assertEquals(1, tokens.size(), fixture.getKey());
            assertEquals(expected, tokens.get(0).term(), fixture.getKey());
        }
        assertEquals("العراقي في بغداد", MARSAD.normalize("body", "العراقى فى بغداد").utf8ToString());
    }

    @Test
    void indexFindsSpellingVariantsAcrossShards() throws IOException {
        StringBuilder bulk = new StringBuilder();
        for (Map.Entry<String, String> fixture : FIXTURES.entrySet()) {
            bulk.append(JSON.writeValueAsString(Map.of("index", Map.of("_index", INDEX, "_id", fixture.getKey())))).append('\n')
                    .append(JSON.writeValueAsString(Map.of("body", fixture.getValue()))).append('\n');
        }
        JsonNode indexed = cluster.call("POST", "/_bulk?refresh=true", bulk.toString());
        assertFalse(indexed.path("errors").asBoolean(true), indexed.toString());

        // written «العراقى فى بغداد», searched «العراقي في بغداد»
        JsonNode hits = cluster.call("POST", "/" + INDEX + "/_search", """
                {"query": {"match_phrase": {"body": "العراقي في بغداد"}}}""").path("hits");
        assertEquals(1, hits.path("total").path("value").asInt(), hits.toString());
        assertEquals("alef maqsura", hits.path("hits").path(0).path("_id").asText());
    }

    @Test
    void newsArticlesAnalyzeExactlyAsEmbeddedAnalyzer() throws IOException {
        Path shared = Path.of(System.getProperty("marsad.shared", "../shared"));
        Assumptions.assumeTrue(Files.isRegularFile(shared.resolve(NewsSample.SAUDI)) && Files.isRegularFile(shared.resolve(NewsSample.ANT)),
                "skipped: the news corpora are not at " + shared.toAbsolutePath() + "/data (system property marsad.shared)");
        List<String> bodies = NewsSample.bodies(shared, 100);
        assertEquals(200, bodies.size());
        long tokens = 0;
        for (int i = 0; i < bodies.size(); i++) {
            List<AnalyzedToken> expected = AnalyzedToken.embedded(MARSAD, bodies.get(i));
            assertEquals(expected, analyze(request("field", "body", bodies.get(i))), "article " + i + " of the sample");
            tokens += expected.size();
        }
        System.out.println("MarsadAnalysisIT: 200 news articles, " + tokens + " tokens, identical in the cluster and embedded");
    }

    private static ObjectNode request(String key, String value, String text) {
        ObjectNode body = JSON.createObjectNode();
        body.put(key, value);
        body.put("text", text);
        return body;
    }

    private static List<AnalyzedToken> analyze(ObjectNode request) throws IOException {
        return AnalyzedToken.fromAnalyzeResponse(cluster.call("POST", "/" + INDEX + "/_analyze", JSON.writeValueAsString(request)));
    }
}
