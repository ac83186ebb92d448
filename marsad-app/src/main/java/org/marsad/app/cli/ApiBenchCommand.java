package org.marsad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.app.Main;
import org.marsad.app.http.bench.BenchQueries;
import org.marsad.app.http.bench.LoadGenerator;
import org.marsad.app.http.bench.LoadResult;
import org.marsad.store.index.ArchiveLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench api}: latency of {@code GET /api/search} served by {@code marsad serve} in a
 * child JVM on 127.0.0.1, under 1 and 16 concurrent clients in this process.
 */
@Command(name = "api", mixinStandardHelpOptions = true,
        description = {
            "Latency (p50, p99) and errors of GET /api/search: the server runs as a child JVM (marsad serve on",
            "127.0.0.1, a free port), closed-loop clients in this JVM send queries drawn from the archive's titles",
            "(1 to 3 consecutive content words, seeded). Each phase is bounded by --seconds and --max-requests.",
            "Without --data the bundled demo corpus is ingested into a temporary archive.",
            "The 62k-article archive: marsad ingest ../shared/data/saudinewsnet/saudinewsnet.jsonl.gz",
            "  ../shared/data/ant-multisource/ant_v2.1_multisource.jsonl.gz --data DIR, then --data DIR."
        })
public final class ApiBenchCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "archive to serve (default: the demo corpus in a temporary archive)")
    Path data;

    @Option(names = "--clients", split = ",", defaultValue = "1,16", description = "concurrent clients per phase (default: ${DEFAULT-VALUE})")
    List<Integer> clients;

    @Option(names = "--seconds", defaultValue = "30", description = "length of each measured phase (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--warmup", defaultValue = "10", description = "seconds of warm-up load (4 clients) before measuring (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--max-requests", defaultValue = "2000000", description = "request cap per phase (default: ${DEFAULT-VALUE})")
    long maxRequests;

    @Option(names = "--queries", defaultValue = "1000", description = "distinct queries drawn (default: ${DEFAULT-VALUE})")
    int queries;

    @Option(names = "--seed", defaultValue = "7", description = "seed of the query draw (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--server-heap", defaultValue = "2g", description = "-Xmx of the server JVM (default: ${DEFAULT-VALUE})")
    String serverHeap;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (seconds < 1 || warmup < 0 || maxRequests < 1 || queries < 1 || clients.stream().anyMatch(c -> c < 1 || c > 256)) {
            throw new UserException("--seconds, --max-requests, --queries must be positive; --clients 1..256; --warmup >= 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path dir = data;
        if (dir == null) {
            dir = Files.createTempDirectory("marsad-bench-api-");
            out.println("ingesting the demo corpus into " + dir + " ...");
            out.flush();
            DemoCommand.ingestDemo(dir);
        } else if (!new ArchiveLocation(dir).exists()) {
            throw new UserException("no archive at " + dir.toAbsolutePath().normalize() + " (marsad ingest ... --data DIR)");
        }
        List<String> qs = BenchQueries.draw(new ArchiveLocation(dir), queries, seed);
        int port = freePort();
        Path log = Files.createTempFile("marsad-bench-api-server-", ".log");
        Process server = startServer(dir, port, log);
        try {
            String base = "http://127.0.0.1:" + port;
            long articles = awaitHealthy(base, server, log);
            out.printf(Locale.ROOT, "server: child JVM pid %d, %s, %,d articles; %d queries drawn from titles (seed %d), e.g. «%s»%n",
                    server.pid(), base, articles, qs.size(), seed, qs.get(0));
            LoadGenerator load = new LoadGenerator(base, qs);
            if (warmup > 0) {
                LoadResult w = load.run(4, Duration.ofSeconds(warmup), maxRequests);
                out.printf(Locale.ROOT, "warm-up: %,d requests in %.0f s (not counted)%n", w.requests(), w.seconds());
            }
            out.printf("%-8s %10s %10s %10s %10s %10s %8s%n", "clients", "requests", "req/s", "p50 ms", "p99 ms", "max ms", "errors");
            List<LoadResult> results = new ArrayList<>();
            for (int c : clients) {
                LoadResult r = load.run(c, Duration.ofSeconds(seconds), maxRequests);
                results.add(r);
                out.printf(Locale.ROOT, "%-8d %,10d %10.1f %10.2f %10.2f %10.2f %8d%n", c, r.requests(), r.throughput(),
                        r.quantileMillis(0.5), r.quantileMillis(0.99), r.quantileMillis(1.0), r.errors());
                out.flush();
            }
            for (LoadResult r : results) {
                if (r.firstError() != null) {
                    out.println("first error at " + r.clients() + " clients: " + r.firstError());
                }
            }
            boolean met = results.stream().allMatch(r -> r.errors() == 0 && r.quantileMillis(0.99) < 100);
            out.println("goal (zero errors, p99 < 100 ms): " + (met ? "met" : "NOT met"));
        } finally {
            server.destroy();
            if (!server.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
            Files.deleteIfExists(log);
            if (data == null) {
                try (var paths = Files.walk(dir)) {
                    paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        return 0;
    }

    private Process startServer(Path dir, int port, Path log) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> cmd = List.of(java, "-Xmx" + serverHeap, "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--data", dir.toString(), "--host", "127.0.0.1", "--port", Integer.toString(port));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static long awaitHealthy(String base, Process server, Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new UserException("the server exited (code " + server.exitValue() + "); its log: " + log);
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).get("articles").asLong();
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new UserException("the server did not answer /api/health within 3 minutes; its log: " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
