package org.marsad.app.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.marsad.store.annotate.ArticleAnnotator;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.index.ArchiveWriter;
import org.marsad.store.ingest.IngestProgress;
import org.marsad.store.ingest.Ingester;
import org.marsad.store.read.InputFormat;

/**
 * The real server for the tests, started once per JVM on 127.0.0.1 and a free port, over a fresh
 * archive holding the bundled demo corpus and the test fixtures (ingested with the extractors).
 */
final class LiveServer {
    private static LiveServer instance;

    final Path data;
    final ApiToken token;
    final int port;
    final HttpClient http = HttpClient.newHttpClient();

    private LiveServer() throws IOException {
        data = Files.createTempDirectory("marsad-web-test-");
        ArchiveLocation location = new ArchiveLocation(data);
        ArticleAnnotator annotator = ArticleAnnotator.standard();
        Path demo = copy("/org/marsad/app/demo/demo-articles.jsonl", "demo-articles.jsonl");
        Path fixture = copy("/org/marsad/app/http/fixture-articles.jsonl", "fixture-articles.jsonl");
        try (ArchiveWriter w = new ArchiveWriter(location, 10_000, 30, annotator)) {
            new Ingester(InputFormat.JSONL, IngestProgress.NONE).run(List.of(demo, fixture), w);
        }
        token = ApiToken.loadOrCreate(data);
        ApiServer server = new ApiServer(new ArchiveService(location, () -> annotator), token);
        port = server.start("127.0.0.1", 0);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            deleteTree(data);
        }));
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind
        }
    }

    static synchronized LiveServer get() throws IOException {
        if (instance == null) {
            instance = new LiveServer();
        }
        return instance;
    }

    private Path copy(String resource, String name) throws IOException {
        Path out = data.resolve(name);
        try (InputStream in = LiveServer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
        }
        return out;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String body, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
