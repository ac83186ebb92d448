package org.marsad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.store.annotate.ArticleAnnotator;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.index.ArchiveWriter;
import org.marsad.store.ingest.IngestTally;
import org.marsad.store.ingest.Ingester;
import org.marsad.store.read.InputFormat;
import org.marsad.store.read.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad ingest PATH...}: read articles from files and folders into the archive. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {
            "Read articles into the archive: .txt (one article per file), .jsonl / .jsonl.gz, saved .html pages,",
            "RSS / Atom feeds, .warc / .warc.gz. Folders are read recursively. Re-ingesting adds nothing;",
            "the same body from another source is recorded as a duplicate. Bad input is reported and skipped.",
            "Commits every --commit-every articles, so an interrupted run loses little and can simply be rerun.",
            "Each new article's body runs through the extractors (entities, quotes, claims, dates; see marsad analyze):",
            "searchable as entity:, speaker:, claimant:, type: and kept with the article; --no-extract skips them."
        })
public final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders to read")
    List<Path> paths;

    @Option(names = "--data", paramLabel = "DIR", description = "archive folder (default: ./marsad-data)")
    Path data = ArchiveLocation.DEFAULT_DATA;

    @Option(names = "--store", paramLabel = "URL", description = Stores.STORE_HELP)
    String store;

    @picocli.CommandLine.Mixin
    ClusterOptions cluster;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto (by extension, else by content), txt, jsonl, html, rss or warc (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "20000",
            description = "commit after this many new articles (default: ${DEFAULT-VALUE}); also every 30 s")
    int commitEvery;

    @Option(names = "--no-extract",
            description = "skip the extractors (entities, quotes, claims, dates): faster, but no entity:, speaker:, type:, claimant: search")
    boolean noExtract;

    @Option(names = "--ner-model", paramLabel = "FILE", description = "NER model file (default: the shipped model)")
    Path nerModel;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        InputFormat forced;
        try {
            forced = InputFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArchiveLocation location = new ArchiveLocation(data);
        long t0 = System.nanoTime();
        IngestTally t;
        long nearDuplicates;
        ArticleAnnotator annotator = noExtract ? null : new ArticleAnnotator(Extraction.tagger(nerModel));
        long annotationFailures;
        org.marsad.store.backend.ArchiveStore clusterStore = store == null ? null : Stores.cluster(store, cluster);
        try (clusterStore; org.marsad.store.index.ArchiveSink writer = clusterStore != null
                ? clusterStore.openSink(annotator, commitEvery) : new ArchiveWriter(location, commitEvery, 30, annotator)) {
            t = new Ingester(forced, new IngestProgressPrinter(err, System.console() != null)).run(paths, writer);
            nearDuplicates = writer.nearDuplicates();
            annotationFailures = writer.annotationFailures();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        for (Rejection r : t.rejections()) {
            out.println("rejected: " + r);
        }
        out.printf(Locale.ROOT, "%,d files (%.1f MB) in %.1f s: %,d articles read, %,d ingested, %,d duplicates of "
                        + "other sources' articles, %,d already in the archive, %,d rejected%n",
                t.files(), t.bytes() / 1e6, secs, t.read(), t.ingested(), t.duplicates(), t.alreadyPresent(),
                t.rejections().size());
        out.printf(Locale.ROOT, "of the ingested, %,d were linked as near-duplicates (edited copies) of earlier articles%n",
                nearDuplicates);
        if (annotationFailures > 0) {
            out.printf(Locale.ROOT, "%,d articles were kept without annotations: the extractors failed on them%n", annotationFailures);
        }
        out.println(noExtract ? "extractors: off (--no-extract)" : "extractors: entities, quotes, claims and dates indexed");
        out.println("archive: " + (clusterStore != null ? clusterStore.describe() : location.dataDir().toAbsolutePath().normalize()));
        out.flush();
        return 0;
    }
}
