package org.marsad.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad batch}: the Spark batch job in local mode (in a child JVM; Spark is not part of marsad.jar). */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Analyze many articles with Spark (local mode): the extraction of `marsad analyze --json` on every article",
            "of JSONL (.jsonl, .jsonl.gz; fields as for `marsad ingest`) or Parquet inputs. Enriched articles go to",
            "DIR/articles (JSONL: one object per article with its \"analysis\"; Parquet: entities, quotes, claims,",
            "dates as columns); records that cannot be read or analyzed go to DIR/rejects (JSON lines: file, line,",
            "reason) and never stop the run. With --store, the enriched articles are also bulk-loaded into the",
            "OpenSearch store. On a cluster, submit marsad-spark/target/marsad-spark-job.jar instead."
        })
public final class BatchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "JSONL files, Parquet files or directories")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "output directory (must not hold articles/ or rejects/ yet)")
    String output;

    @Option(names = "--format", paramLabel = "jsonl|parquet", defaultValue = "jsonl", description = "format of DIR/articles (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--input-format", paramLabel = "auto|jsonl|parquet", defaultValue = "auto",
            description = "auto: *.parquet files and directories holding them are Parquet, the rest JSONL (default: ${DEFAULT-VALUE})")
    String inputFormat;

    @Option(names = "--master", paramLabel = "local[N]", defaultValue = "local[*]", description = "Spark master (default: ${DEFAULT-VALUE}, all cores)")
    String master;

    @Option(names = "--store", paramLabel = "opensearch://HOST:PORT[,...][/INDEX]",
            description = {"also bulk-load the enriched articles into this OpenSearch store (created with the store's mapping,",
                "2 shards, 1 replica, when missing) for `marsad search --store`; each article under its id, as its own",
                "original: the same body from another source is not made a duplicate record, near-duplicates are not linked"})
    String store;

    @Override
    public Integer call() {
        if (!format.equals("jsonl") && !format.equals("parquet")) {
            throw new UserException("--format: expected jsonl or parquet, got '" + format + "'");
        }
        List<String> args = new ArrayList<>(inputs);
        args.addAll(List.of("--output", output, "--format", format, "--input-format", inputFormat, "--master", master));
        if (store != null) {
            try {
                org.marsad.opensearch.OpenSearchAddress.parse(store);
            } catch (IllegalArgumentException e) {
                throw new UserException("--store: " + e.getMessage());
            }
            args.addAll(List.of("--store", store));
        }
        return SparkJobProcess.run(args);
    }
}
