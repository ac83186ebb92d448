package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.corpus.CorpusArticle;
import org.marsad.app.corpus.NewsCorpora;
import org.marsad.spark.enrich.OutputFormat;
import org.marsad.spark.job.BatchRequest;
import org.marsad.spark.job.BatchResult;
import org.marsad.spark.job.BatchRun;
import org.marsad.spark.job.JobFailure;
import org.marsad.spark.load.ArticleLoader;
import org.marsad.spark.load.ArticleLoaderFactory;
import org.marsad.spark.job.SparkSessions;
import org.marsad.store.read.Rejection;

/**
 * The batch job in local mode against the single-machine path: every article's annotations equal
 * what `marsad analyze --json` prints for the article as `marsad ingest` reads it, in both output
 * formats, and the rejects are the records marsad-store's JSONL reader rejects, with its reasons.
 */
class BatchJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SparkSession spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startSpark() {
        spark = SparkSessions.create("marsad batch test", "local[2]");
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void jsonlOutputEqualsAnalyzeJsonAndRejectsNameLineAndReason() throws IOException {
        Path in = write(tmp.resolve("fixture.jsonl"), Fixtures.jsonlLines());
        BatchResult r = run(List.of(in.toString()), OutputFormat.JSONL, "out");
        Map<Long, JsonNode> out = jsonlArticles(tmp.resolve("out/articles"));

        List<AnalyzeCli.Read> expected = reads(in);
        assertEquals(Fixtures.TEXTS.length, expected.size());
        assertEquals(expected.size(), out.size(), "articles written");
        for (AnalyzeCli.Read e : expected) {
            JsonNode got = out.get(e.line());
            assertEquals(e.article().id(), got.get("id").asText(), "line " + e.line());
            assertEquals(e.article().source(), got.get("source").asText());
            assertEquals(e.article().title(), got.get("title").textValue());
            assertEquals(String.valueOf(e.article().published()), got.get("published").asText());
            assertEquals(e.article().body(), got.get("text").asText());
            assertEquals(in.toString(), got.get("file").asText());
            JsonNode analyze = AnalyzeCli.analyze(e.article().body(), e.article().published(), tmp);
            assertTrue(JsonCompare.same(analyze, got.get("analysis")),
                    "line " + e.line() + ":\n analyze: " + analyze + "\n batch:   " + got.get("analysis"));
        }
        assertTrue(out.values().stream().anyMatch(o -> o.get("analysis").get("quotes").size() > 0), "the fixture has quotes");
        assertTrue(out.values().stream().anyMatch(o -> o.get("analysis").get("claims").size() > 0), "the fixture has claims");
        assertTrue(out.values().stream().anyMatch(o -> o.get("analysis").get("entities").size() > 0), "the fixture has entities");

        assertEquals(rejections(in), rejects(tmp.resolve("out/rejects")));
        assertEquals(4, r.rejected());
        assertEquals(Fixtures.TEXTS.length, r.written());
        assertEquals(r.written() + r.rejected(), r.read());
    }

    @Test
    void parquetOutputHoldsTheSameAnnotationsAsColumns() throws IOException {
        Path in = write(tmp.resolve("fixture.jsonl"), Fixtures.jsonlLines());
        run(List.of(in.toString()), OutputFormat.PARQUET, "out");
        Dataset<Row> out = spark.read().parquet(tmp.resolve("out/articles").toString());
        assertEquals("array", out.schema().apply("claims").dataType().typeName());
        Map<Long, JsonNode> byLine = new HashMap<>();
        for (Row row : out.select(functions.col("line"),
                functions.to_json(functions.struct("entities", "quotes", "claims", "dates"))).collectAsList()) {
            byLine.put(row.getLong(0), JSON.readTree(row.getString(1)));
        }
        List<AnalyzeCli.Read> expected = reads(in);
        assertEquals(expected.size(), byLine.size());
        for (AnalyzeCli.Read e : expected) {
            JsonNode analyze = JsonCompare.withoutNulls(AnalyzeCli.analyze(e.article().body(), e.article().published(), tmp));
            JsonNode got = byLine.get(e.line());
            assertTrue(JsonCompare.same(analyze, got), "line " + e.line() + ":\n analyze: " + analyze + "\n batch:   " + got);
        }
        assertEquals(rejections(in), rejects(tmp.resolve("out/rejects")));
    }

    @Test
    void readsParquetArticlesAndRejectsRowsWithoutText() throws IOException {
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("title", DataTypes.StringType, true),
                DataTypes.createStructField("content", DataTypes.StringType, true),
                DataTypes.createStructField("date", DataTypes.DateType, true),
                DataTypes.createStructField("src", DataTypes.StringType, true)));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            rows.add(RowFactory.create("t" + i, Fixtures.TEXTS[i], LocalDate.of(2018, 3, 1 + i), "wam"));
        }
        rows.add(RowFactory.create("بلا نص", null, null, "wam"));
        Path in = tmp.resolve("articles.parquet");
        spark.createDataFrame(rows, schema).coalesce(1).write().parquet(in.toString());

        BatchResult r = run(List.of(in.toString()), OutputFormat.JSONL, "out");
        assertEquals(4, r.written());
        assertEquals(1, r.rejected());
        Map<Long, JsonNode> out = jsonlArticles(tmp.resolve("out/articles"));
        for (int i = 0; i < 4; i++) {
            JsonNode got = out.get((long) i + 1);
            assertEquals("wam", got.get("source").asText());
            LocalDate date = LocalDate.of(2018, 3, 1 + i);
            assertEquals(date.toString(), got.get("published").asText());
            JsonNode analyze = AnalyzeCli.analyze(Fixtures.TEXTS[i], date, tmp);
            assertTrue(JsonCompare.same(analyze, got.get("analysis")), "row " + (i + 1));
        }
        List<String> rejects = rejects(tmp.resolve("out/rejects"));
        assertEquals(1, rejects.size());
        assertTrue(rejects.get(0).matches(".*articles\\.parquet/part-[^:]*\\.parquet:5: no text field .*"), rejects.get(0));
    }

    /** A binary or empty file is rejected once, with marsad ingest's reason, not once per line. */
    @Test
    void rejectsABinaryFileOnceFromItsFirstNulByteAndAnEmptyFileOnce() throws IOException {
        List<String> good = Fixtures.jsonlLines().stream().filter(l -> l.contains("\"خبر ")).limit(2).toList();
        assertEquals(2, good.size(), "the fixture has plain article lines");
        Path binary = tmp.resolve("binary.jsonl");
        try (var out = Files.newOutputStream(binary)) {
            out.write((String.join("\n", good) + "\n").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 50; i++) {
                out.write(new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, (byte) i, 0x0A, (byte) 0xFF, 0});
            }
            out.write(("\n" + good.get(0) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Path empty = Files.createFile(tmp.resolve("empty.jsonl"));
        BatchResult r = run(List.of(binary.toString(), empty.toString()), OutputFormat.JSONL, "out");

        List<String> expected = new ArrayList<>(rejections(binary));
        expected.addAll(rejections(empty));
        expected.sort(null);
        assertEquals(2, expected.size(), "marsad-store rejects each file once: " + expected);
        assertEquals(expected, rejects(tmp.resolve("out/rejects")));
        assertEquals(2, r.written(), "the lines before the binary part are read");
        assertEquals(2, r.rejected());
    }

    /** A load that fails for good fails the job with the loader's reason in one line, not a remote stack trace. */
    @Test
    void aFailedLoadFailsTheJobWithItsReason() throws IOException {
        Path in = write(tmp.resolve("fixture.jsonl"), Fixtures.jsonlLines());
        ArticleLoaderFactory refusing = RefusingLoader::new;
        Exception e = assertThrows(Exception.class, () -> BatchRun.run(spark,
                new BatchRequest(List.of(in.toString()), tmp.resolve("out").toString(), OutputFormat.JSONL, "auto", refusing)));
        assertTrue(e instanceof org.apache.spark.SparkException, e.toString());
        assertEquals("IOException: bulk load refused: index marsad is read-only", JobFailure.reason(e));
    }

    /** A loader whose store refuses every article (static: a task must not capture the test instance). */
    private static final class RefusingLoader implements ArticleLoader {
        @Override
        public void add(org.marsad.store.article.Article article, org.marsad.extract.doc.Doc doc) throws IOException {
            throw new IOException("bulk load refused: index marsad is read-only");
        }

        @Override
        public void close() {}
    }

    /** Enough lines for several input splits: a split's lines must be numbered from where the split starts in the file. */
    @Test
    void numbersLinesAcrossSplitsOfABigFile() throws IOException {
        List<String> lines = new ArrayList<>();
        String padding = "\"notes\": \"" + "x".repeat(4000) + "\", ";
        while (lines.size() < 1_000) {
            for (String l : Fixtures.jsonlLines()) {
                // a field the mapping ignores makes the lines long without adding articles to analyze
                lines.add(l.startsWith("{\"") && l.endsWith("}") ? "{" + padding + l.substring(1) : l);
            }
        }
        Path in = write(tmp.resolve("big.jsonl"), lines);
        assertTrue(Files.size(in) > 3 << 20, "the file spans several 1 MB splits");
        BatchResult r = run(List.of(in.toString()), OutputFormat.JSONL, "out");

        Map<Long, JsonNode> out = jsonlArticles(tmp.resolve("out/articles"));
        Map<Long, String> expectedIds = new TreeMap<>();
        reads(in).forEach(e -> expectedIds.put(e.line(), e.article().id()));
        Map<Long, String> gotIds = new TreeMap<>();
        out.forEach((line, o) -> gotIds.put(line, o.get("id").asText()));
        assertEquals(expectedIds, gotIds);
        assertEquals(rejections(in), rejects(tmp.resolve("out/rejects")));
        assertEquals(expectedIds.size(), r.written());
    }

    @Test
    void realArticlesFromSharedDataEqualAnalyzeJson() throws IOException {
        String shared = System.getProperty("marsad.shared");
        Path saudi = shared == null ? null : Path.of(shared, "data", NewsCorpora.SAUDI);
        assumeTrue(saudi != null && Files.isRegularFile(saudi),
                "skipped: ../shared/data (system property marsad.shared) is not present; the fixture tests still ran");
        List<CorpusArticle> articles = NewsCorpora.interleaved(Path.of(shared), 500);
        List<String> lines = new ArrayList<>();
        for (CorpusArticle a : articles) {
            lines.add(JSON.writeValueAsString(Map.of("text", a.text(), "title", String.valueOf(a.title()),
                    "source", a.source(), "date", a.date() == null ? "" : a.date())));
        }
        Path in = write(tmp.resolve("real.jsonl"), lines);
        run(List.of(in.toString()), OutputFormat.JSONL, "out");
        Map<Long, JsonNode> out = jsonlArticles(tmp.resolve("out/articles"));
        List<AnalyzeCli.Read> expected = reads(in);
        assertTrue(expected.size() >= 490, "articles with text: " + expected.size());
        assertEquals(expected.size(), out.size());
        int differ = 0;
        for (AnalyzeCli.Read e : expected) {
            JsonNode analyze = AnalyzeCli.analyze(e.article().body(), e.article().published(), tmp);
            if (!JsonCompare.same(analyze, out.get(e.line()).get("analysis"))) {
                differ++;
            }
        }
        assertEquals(0, differ, "articles whose batch annotations differ from analyze --json");
    }

    private BatchResult run(List<String> inputs, OutputFormat format, String out) {
        return BatchRun.run(spark, new BatchRequest(inputs, tmp.resolve(out).toString(), format, "auto", null));
    }

    private static Path write(Path file, List<String> lines) throws IOException {
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static List<AnalyzeCli.Read> reads(Path in) {
        return AnalyzeCli.readJsonl(in).stream().filter(o -> o instanceof AnalyzeCli.Read).map(o -> (AnalyzeCli.Read) o).toList();
    }

    /** marsad-store's rejections of the file, as "file:line: reason". */
    private static List<String> rejections(Path in) {
        return AnalyzeCli.readJsonl(in).stream().filter(o -> o instanceof Rejection).map(Object::toString).sorted().toList();
    }

    /** The job's rejects, as "file:line: reason" ("file: reason" for a whole file). */
    private static List<String> rejects(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : partLines(dir, ".json")) {
            JsonNode o = JSON.readTree(line);
            long at = o.get("line").asLong(); // 0: the whole file, written without a line as marsad-store's Rejection does
            out.add(o.get("file").asText() + (at > 0 ? ":" + at : "") + ": " + o.get("reason").asText());
        }
        out.sort(null);
        return out;
    }

    private static Map<Long, JsonNode> jsonlArticles(Path dir) throws IOException {
        Map<Long, JsonNode> out = new HashMap<>();
        for (String line : partLines(dir, ".txt")) {
            JsonNode o = JSON.readTree(line);
            assertTrue(out.put(o.get("line").asLong(), o) == null, "one article per line");
        }
        return out;
    }

    private static List<String> partLines(Path dir, String ext) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-") && p.toString().endsWith(ext)).sorted().toList()) {
                out.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
