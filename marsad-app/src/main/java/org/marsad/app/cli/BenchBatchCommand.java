package org.marsad.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.marsad.app.corpus.NewsCorpora;
import org.marsad.extract.doc.DocJson;
import org.marsad.extract.pipeline.Extractor;
import org.marsad.store.article.Article;
import org.marsad.store.read.JsonlReader;
import org.marsad.store.read.ReadSink;
import org.marsad.store.read.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench batch}: the Spark batch job at local[1] and local[2] against the
 * single-machine path (the same reading, extraction and JSON, one thread, in this JVM) in one run.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {
            "Articles per second of the Spark batch job (marsad batch, JSONL out) at each --masters setting, and of",
            "the single-machine path in the same run: marsad-store's JSONL reader, the extraction and the analyze --json",
            "JSON on one thread in-process, written to a file. Input: the news articles of ../shared/data (SaudiNewsNet",
            "then ANT), written once to a temporary JSONL file. Spark rates count the job (reading to last write,",
            "model loading included) and, in brackets, the whole child process (JVM and Spark start-up included).",
            "Rates per CPU-second (all threads of the JVM doing the work) are printed too: on a shared machine they are",
            "the comparable figure."
        })
final class BenchBatchCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    SharedOption shared;

    @Option(names = "--limit", defaultValue = "0", description = "articles (default: all 62k; 0 = all)")
    int limit;

    @Option(names = "--masters", split = ",", defaultValue = "local[1],local[2]", description = "Spark masters measured (default: ${DEFAULT-VALUE})")
    List<String> masters;

    @Option(names = "--keep", description = "keep the temporary input and outputs (their folder is printed)")
    boolean keep;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (limit < 0) {
            throw new UserException("--limit must be >= 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path sharedDir = shared.folder();
        SparkJobProcess.command(List.of()); // fails early, with its message, when the Spark module is not built
        Path dir = Files.createTempDirectory("marsad-bench-batch");
        try {
            Path input = dir.resolve("articles.jsonl");
            int n = writeInput(sharedDir, input);
            out.printf("data: %,d articles of ../shared/data (SaudiNewsNet, then ANT), in %s (%,d MB); %d cores visible%n",
                    n, input, Files.size(input) >> 20, Runtime.getRuntime().availableProcessors());
            out.flush();

            double[] single = singleMachine(input, dir.resolve("single.jsonl"), out);
            Map<String, Double> rates = new LinkedHashMap<>();
            Map<String, Double> cpuRates = new LinkedHashMap<>();
            for (String master : masters) {
                Path result = dir.resolve("result-" + rates.size() + ".json");
                List<String> args = List.of(input.toString(), "--output", dir.resolve("out-" + rates.size()).toString(),
                        "--format", "jsonl", "--master", master, "--result-file", result.toString());
                long t0 = System.nanoTime();
                int rc = SparkJobProcess.run(args);
                double processSeconds = (System.nanoTime() - t0) / 1e9;
                if (rc != 0) {
                    throw new UserException("the Spark job at " + master + " failed (exit code " + rc + ")");
                }
                JsonNode r = JSON.readTree(result.toFile());
                double seconds = r.get("seconds").asDouble();
                long read = r.get("read").asLong();
                double rate = read / seconds;
                double cpuRate = read / r.get("cpuSeconds").asDouble();
                rates.put(master, rate);
                cpuRates.put(master, cpuRate);
                out.printf("spark %-9s %,d articles in %.1f s = %.1f articles/s, %.1f CPU-s = %.1f articles/CPU-s"
                        + " (process incl. start-up: %.1f s = %.1f articles/s); x%.2f the single-machine rate, x%.2f per CPU-s%n",
                        master, read, seconds, rate, r.get("cpuSeconds").asDouble(), cpuRate, processSeconds,
                        read / processSeconds, rate / single[0], cpuRate / single[1]);
                out.flush();
            }
            List<String> ms = new ArrayList<>(rates.keySet());
            for (int i = 1; i < ms.size(); i++) {
                out.printf("%s / %s: x%.2f articles/s, x%.2f per CPU-s%n", ms.get(i), ms.get(0),
                        rates.get(ms.get(i)) / rates.get(ms.get(0)), cpuRates.get(ms.get(i)) / cpuRates.get(ms.get(0)));
            }
            if (keep) {
                out.println("kept: " + dir);
            }
            return 0;
        } finally {
            if (!keep) {
                deleteTree(dir);
            }
        }
    }

    private int writeInput(Path sharedDir, Path input) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            return NewsCorpora.forEach(sharedDir, limit, a -> {
                Map<String, String> o = new LinkedHashMap<>();
                o.put("title", a.title());
                o.put("text", a.text());
                o.put("date", a.date());
                o.put("source", a.source());
                try {
                    w.write(JSON.writeValueAsString(o));
                    w.newLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** The same work as one Spark task, on this thread: read, extract, write the analyze JSON; model loading included. */
    /** {articles/s, articles per CPU-second}. */
    private static double[] singleMachine(Path input, Path output, PrintWriter out) throws IOException {
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        Extractor extractor = Extraction.extractor(null);
        long[] counts = new long[2];
        try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            new JsonlReader().read(input, new ReadSink() {
                @Override
                public void article(Article a, String origin) {
                    try {
                        w.write(DocJson.write(extractor.extract(a.body(), a.published())));
                        w.newLine();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    counts[0]++;
                }

                @Override
                public void reject(Rejection r) {
                    counts[1]++;
                }
            });
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        long read = counts[0] + counts[1];
        double rate = read / seconds;
        out.printf("single machine (1 thread, in-process) %,d articles in %.1f s = %.1f articles/s, %.1f CPU-s = %.1f articles/CPU-s%n",
                read, seconds, rate, cpu, read / cpu);
        out.flush();
        return new double[] {rate, read / cpu};
    }

    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
