package org.marsad.spark.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.storage.StorageLevel;
import org.marsad.spark.enrich.Enricher;
import org.marsad.spark.enrich.OutputFormat;
import org.marsad.spark.load.ArticleLoaderFactory;
import org.marsad.spark.read.InputRecord;
import org.marsad.spark.read.JsonlInput;
import org.marsad.spark.read.ParquetInput;

/**
 * One batch run: read the inputs, extract every article once, write {@code OUTPUT/articles}
 * (JSONL or Parquet) and {@code OUTPUT/rejects} (JSON lines: file, line, reason). The enriched
 * rows are kept (memory, spilling to disk) between the two writes so extraction runs once.
 */
public final class BatchRun {
    private BatchRun() {}

    public static BatchResult run(SparkSession spark, BatchRequest req) {
        long t0 = System.nanoTime();
        refuseExisting(spark, req.output());
        JavaRDD<InputRecord> records = read(spark, req.inputs(), req.inputFormat());
        OutputFormat format = req.format();
        ArticleLoaderFactory loaders = req.loaders();
        JavaRDD<Row> rows = records.mapPartitions(it -> Enricher.enrich(it, format, loaders));
        Dataset<Row> all = spark.createDataFrame(rows, Enricher.schema(format)).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> articles = all.filter(col(Enricher.REJECT_REASON).isNull()).select(articleColumns(format));
            if (format == OutputFormat.JSONL) {
                articles.write().text(req.output() + "/articles");
            } else {
                articles.write().parquet(req.output() + "/articles");
            }
            all.filter(col(Enricher.REJECT_REASON).isNotNull())
                    .select(col(Enricher.REJECT_FILE).as("file"), col(Enricher.REJECT_LINE).as("line"),
                            col(Enricher.REJECT_REASON).as("reason"))
                    .coalesce(1).write().json(req.output() + "/rejects");
            Row counts = all.agg(count(when(col(Enricher.REJECT_REASON).isNull(), 1)),
                    count(when(col(Enricher.REJECT_REASON).isNotNull(), 1))).first();
            long written = counts.getLong(0);
            long rejected = counts.getLong(1);
            return new BatchResult(written + rejected, written, rejected, (System.nanoTime() - t0) / 1e9);
        } finally {
            all.unpersist();
        }
    }

    static JavaRDD<InputRecord> read(SparkSession spark, List<String> inputs, String inputFormat) {
        List<String> jsonl = new ArrayList<>();
        List<String> parquet = new ArrayList<>();
        for (String in : inputs) {
            boolean isParquet = switch (inputFormat.toLowerCase(Locale.ROOT)) {
                case "parquet" -> true;
                case "jsonl" -> false;
                case "auto" -> looksLikeParquet(spark, in);
                default -> throw new IllegalArgumentException("--input-format: expected auto, jsonl or parquet, got '" + inputFormat + "'");
            };
            (isParquet ? parquet : jsonl).add(in);
        }
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<InputRecord> out = null;
        if (!jsonl.isEmpty()) {
            out = JsonlInput.read(sc, jsonl);
        }
        if (!parquet.isEmpty()) {
            JavaRDD<InputRecord> p = ParquetInput.read(spark, parquet);
            out = out == null ? p : out.union(p);
        }
        return out;
    }

    /** A *.parquet file, or a directory holding one (how Spark and other engines write Parquet). */
    private static boolean looksLikeParquet(SparkSession spark, String input) {
        if (input.toLowerCase(Locale.ROOT).endsWith(".parquet")) {
            return true;
        }
        try {
            Path p = new Path(input);
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(p)) {
                throw new IllegalArgumentException(input + ": no such file or directory");
            }
            if (!fs.getFileStatus(p).isDirectory()) {
                return false;
            }
            for (var st : fs.listStatus(p)) {
                if (st.getPath().getName().endsWith(".parquet")) {
                    return true;
                }
            }
            return false;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(input + ": cannot list: " + e.getMessage(), e);
        }
    }

    private static void refuseExisting(SparkSession spark, String output) {
        try {
            for (String sub : List.of("articles", "rejects")) {
                Path p = new Path(output, sub);
                if (p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p)) {
                    throw new IllegalArgumentException(p + ": already exists; choose another --output or remove it");
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(output + ": " + e.getMessage(), e);
        }
    }

    private static Column[] articleColumns(OutputFormat format) {
        StructField[] fields = format.schema().fields();
        Column[] cols = new Column[fields.length];
        for (int i = 0; i < fields.length; i++) {
            cols[i] = col(fields[i].name());
        }
        return cols;
    }
}
