package org.marsad.spark.job;

import java.util.List;
import org.marsad.spark.enrich.OutputFormat;
import org.marsad.spark.load.ArticleLoaderFactory;

/**
 * What one batch run reads and writes. {@code inputFormat} is "jsonl", "parquet" or "auto" (by
 * name: *.parquet files and directories of them are Parquet, the rest JSONL); {@code loaders},
 * when not null, also receives every enriched article (the extension point for bulk-loading a
 * store).
 */
public record BatchRequest(List<String> inputs, String output, OutputFormat format, String inputFormat,
        ArticleLoaderFactory loaders) {
    public BatchRequest {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input given");
        }
    }
}
