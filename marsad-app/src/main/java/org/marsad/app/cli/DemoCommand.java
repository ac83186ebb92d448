package org.marsad.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.store.annotate.ArticleAnnotator;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.index.ArchiveWriter;
import org.marsad.store.ingest.IngestProgress;
import org.marsad.store.ingest.IngestTally;
import org.marsad.store.ingest.Ingester;
import org.marsad.store.read.InputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad demo}: the bundled demo articles in their own archive, served. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {
            "Ingest the bundled demo corpus (invented Arabic news articles) into a fresh archive and serve it",
            "at http://127.0.0.1:8080/. A second run finds the archive and starts at once."
        })
public final class DemoCommand implements Callable<Integer> {
    static final String CORPUS = "/org/marsad/app/demo/demo-articles.jsonl";
    /** Written after a complete ingest; without it the archive is rebuilt. */
    static final String DONE_MARKER = "demo-ingested";

    @Option(names = "--data", paramLabel = "DIR", description = "archive folder for the demo (default: ./marsad-data-demo)")
    Path data = Path.of("marsad-data-demo");

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE})")
    int port;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        IngestTally t = prepare(data);
        if (t != null) {
            out.printf("demo archive %s: %d articles ingested, %d duplicates, %d rejected%n",
                    data.toAbsolutePath().normalize(), t.ingested(), t.duplicates(), t.rejections().size());
        }
        ServeCommand.serve(data, host, port, out);
        return 0;
    }

    /** Ingests the demo corpus unless a complete demo archive is already there; null when it was. */
    static IngestTally prepare(Path data) throws IOException {
        return Files.exists(data.resolve(DONE_MARKER)) ? null : ingestDemo(data);
    }

    /** Ingests the bundled corpus into {@code data} (an existing half-built demo archive is replaced). */
    public static IngestTally ingestDemo(Path data) throws IOException {
        ArchiveLocation location = new ArchiveLocation(data);
        if (location.exists()) {
            deleteTree(location.indexDir());
        }
        Files.createDirectories(data);
        Path tmp = Files.createTempFile("marsad-demo-", ".jsonl");
        try {
            try (InputStream in = DemoCommand.class.getResourceAsStream(CORPUS)) {
                if (in == null) {
                    throw new UserException("the demo corpus " + CORPUS + " is not in this build");
                }
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            IngestTally t;
            try (ArchiveWriter writer = new ArchiveWriter(location, 10_000, 30, new ArticleAnnotator(Extraction.tagger(null)))) {
                t = new Ingester(InputFormat.JSONL, IngestProgress.NONE).run(List.of(tmp), writer);
            }
            Files.writeString(data.resolve(DONE_MARKER), t.ingested() + " articles\n");
            return t;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
