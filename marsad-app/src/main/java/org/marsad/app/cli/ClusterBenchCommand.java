package org.marsad.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.marsad.app.corpus.CorpusArticle;
import org.marsad.app.corpus.NewsCorpora;
import org.marsad.opensearch.OpenSearchAddress;
import org.marsad.opensearch.OpenSearchStore;
import org.marsad.store.backend.ArchiveStore;
import org.marsad.store.backend.LuceneArchiveStore;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.index.ArchiveSink;
import org.marsad.store.ingest.IngestProgress;
import org.marsad.store.ingest.IngestTally;
import org.marsad.store.ingest.Ingester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad bench cluster}: ingest throughput into an OpenSearch cluster against the embedded store, same articles, one run each. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {
            "Ingest the same shared-corpus articles (one JSON-lines file, extractors off: both stores would pay the same",
            "for them) into a fresh embedded archive and into a fresh index of the cluster named by --store; prints",
            "articles/s of each and the ratio. The bench index is deleted afterwards."
        })
public final class ClusterBenchCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, paramLabel = "URL", description = "the cluster: opensearch://HOST:PORT[,HOST:PORT...]")
    String store;

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "10000", description = "articles (default: ${DEFAULT-VALUE})")
    int articles;

    @Mixin
    SharedOption shared;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path data = shared.folder();
        Path tmp = Files.createTempDirectory("marsad-bench-cluster-");
        try {
            Path input = tmp.resolve("articles.jsonl");
            int n = writeInput(NewsCorpora.interleaved(data, articles), input);
            double mb = Files.size(input) / 1e6;
            out.printf(Locale.ROOT, "%,d articles, %.1f MB of JSON lines, extractors off%n", n, mb);
            double embedded;
            try (LuceneArchiveStore lucene = new LuceneArchiveStore(new ArchiveLocation(tmp.resolve("archive")))) {
                embedded = run(out, "embedded (Lucene, one folder)", lucene, input);
            }
            OpenSearchAddress base = address();
            OpenSearchAddress benchIndex = new OpenSearchAddress(base.hosts(), "marsad-bench-" + System.currentTimeMillis());
            OpenSearchStore os;
            try {
                os = new OpenSearchStore(benchIndex, cluster.shards, cluster.replicas, cluster.bulk(), org.marsad.opensearch.Retry.DEFAULT);
            } catch (IOException e) {
                throw new UserException(e.getMessage(), e);
            }
            double clustered;
            try {
                clustered = run(out, "cluster " + benchIndex + " (" + cluster.shards + " shards, " + cluster.replicas + " replicas, bulks of "
                        + cluster.bulkDocs + " docs / " + cluster.bulkMb + " MB, " + cluster.inFlight + " in flight)", os, input);
            } finally {
                try (os) {
                    os.client().call("DELETE", "/" + benchIndex.index(), (com.fasterxml.jackson.databind.JsonNode) null, null);
                }
            }
            out.printf(Locale.ROOT, "cluster / embedded: %.2fx articles/s%n", clustered / embedded);
        } finally {
            try (Stream<Path> s = Files.walk(tmp)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        out.flush();
        return 0;
    }

    private OpenSearchAddress address() {
        try {
            return OpenSearchAddress.parse(store);
        } catch (IllegalArgumentException e) {
            throw new UserException("--store: " + e.getMessage());
        }
    }

    /** Ingests {@code input} into {@code store}; articles/s including the final commit. */
    private static double run(PrintWriter out, String name, ArchiveStore store, Path input) throws IOException {
        long t0 = System.nanoTime();
        IngestTally t;
        try (ArchiveSink sink = store.openSink(null, 5000)) {
            t = new Ingester(null, IngestProgress.NONE).run(List.of(input), sink);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double rate = t.read() / secs;
        out.printf(Locale.ROOT, "%-40s %,d read, %,d ingested, %,d duplicates, %,d rejected in %.1f s: %.0f articles/s%n", name,
                t.read(), t.ingested(), t.duplicates(), t.rejections().size(), secs, rate);
        out.flush();
        return rate;
    }

    private static int writeInput(List<CorpusArticle> corpus, Path out) throws IOException {
        int n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (CorpusArticle a : corpus) {
                if (a.hasText()) {
                    w.write(a.ingestJsonLine());
                    w.newLine();
                    n++;
                }
            }
        }
        return n;
    }
}
