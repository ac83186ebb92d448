package org.marsad.spark.job;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.marsad.spark.enrich.OutputFormat;
import org.marsad.spark.load.OpenSearchLoaders;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The Spark batch job's entry point, for {@code spark-submit --class org.marsad.spark.job.BatchJob
 * marsad-spark-job.jar INPUT... --output DIR} and for {@code marsad batch} (local mode). Exit code
 * 0 when the run completed (rejected records included), 2 for a usage error, 1 when the job failed.
 */
@Command(name = "marsad batch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Analyze articles with Spark: the extraction of `marsad analyze --json` on every article of",
            "JSONL (.jsonl, .jsonl.gz) or Parquet inputs; enriched articles go to DIR/articles (JSONL or Parquet),",
            "records that cannot be read or analyzed to DIR/rejects (JSON lines: file, line, reason).",
            "With --store, every enriched article is also bulk-loaded into the OpenSearch store."
        })
public final class BatchJob implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "JSONL files, Parquet files or directories (local paths or Hadoop URIs)")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "output directory (must not hold articles/ or rejects/ yet)")
    String output;

    @Option(names = "--format", paramLabel = "jsonl|parquet", defaultValue = "jsonl",
            description = "format of DIR/articles (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--input-format", paramLabel = "auto|jsonl|parquet", defaultValue = "auto",
            description = "how inputs are read; auto: *.parquet files and directories holding them are Parquet, the rest JSONL")
    String inputFormat;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2] (default: what spark-submit sets, else local[*])")
    String master;

    @Option(names = "--store", paramLabel = "opensearch://HOST:PORT[,HOST:PORT...][/INDEX]",
            description = {"also bulk-load the enriched articles into this OpenSearch store (index default: marsad; created with",
                "the store's mapping, 2 shards, 1 replica, when missing), searchable as after `marsad ingest --store`.",
                "Each article is loaded under its id (a retried task loads nothing twice) as its own original: unlike ingest,",
                "the batch does not turn the same body from another source into a duplicate record, nor link near-duplicates."})
    String store;

    @Option(names = "--result-file", hidden = true, paramLabel = "FILE",
            description = "also write the counts and seconds as JSON to FILE (for marsad bench batch)")
    java.nio.file.Path resultFile;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BatchJob()).execute(args));
    }

    @Override
    public Integer call() {
        OutputFormat out;
        try {
            out = OutputFormat.parse(format);
        } catch (IllegalArgumentException e) {
            System.err.println("marsad batch: " + e.getMessage());
            return 2;
        }
        BatchRequest req = new BatchRequest(inputs, output, out, inputFormat, null);
        try {
            BatchRun.checkPaths(new org.apache.hadoop.conf.Configuration(), req);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            System.err.println("marsad batch: " + e.getMessage());
            return 2;
        }
        OpenSearchLoaders loaders = null;
        if (store != null) {
            try {
                // on the driver, once: the index must exist with the store's mapping before the tasks write to it
                loaders = OpenSearchLoaders.prepare(store, 2, 1);
            } catch (IllegalArgumentException e) {
                System.err.println("marsad batch: --store: " + e.getMessage());
                return 2;
            } catch (java.io.IOException e) {
                System.err.println("marsad batch: --store: " + e.getMessage());
                return 1;
            }
            req = new BatchRequest(inputs, output, out, inputFormat, loaders);
        }
        SparkSession spark = SparkSessions.create("marsad batch", master);
        try {
            BatchResult r = BatchRun.run(spark, req);
            System.out.println(r.summary(output));
            if (loaders != null) {
                System.out.printf(java.util.Locale.ROOT, "batch: loaded the %,d articles into %s (near-duplicates not linked)%n",
                        r.written(), loaders.address());
            }
            if (resultFile != null) {
                new com.fasterxml.jackson.databind.ObjectMapper().writeValue(resultFile.toFile(), r);
            }
            return 0;
        } catch (java.io.IOException e) {
            System.err.println("marsad batch: " + resultFile + ": " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            System.err.println("marsad batch: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            // Scala declares no exceptions: a SparkException (a task failed for good, e.g. the cluster refused
            // the bulk load) arrives undeclared. Spark's log above has the trace; the user gets the reason.
            if (e instanceof org.apache.spark.SparkException) {
                System.err.println("marsad batch: the job failed: " + JobFailure.reason(e));
                return 1;
            }
            throw e;
        } finally {
            spark.stop();
        }
    }
}
