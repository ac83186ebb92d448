package org.marsad.spark.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
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
    private static final StructType REJECT = DataTypes.createStructType(new StructField[] {
        DataTypes.createStructField("file", DataTypes.StringType, false),
        DataTypes.createStructField("line", DataTypes.LongType, false),
        DataTypes.createStructField("reason", DataTypes.StringType, false)});

    private BatchRun() {}

    public static BatchResult run(SparkSession spark, BatchRequest req) {
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        checkPaths(spark.sparkContext().hadoopConfiguration(), req);
        JavaRDD<InputRecord> records = read(spark, req.inputs(), req.inputFormat());
        OutputFormat format = req.format();
        ArticleLoaderFactory loaders = req.loaders();
        // kept as Java objects between the writes (no columnar encoding), spilled to disk when memory is short
        JavaRDD<Row> rows = records.mapPartitions(it -> Enricher.enrich(it, format, loaders))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            int articleColumns = format.schema().fields().length;
            int reason = articleColumns + 2;
            JavaRDD<Row> articleRows = rows.filter(r -> r.isNullAt(reason)).map(r -> {
                Object[] v = new Object[articleColumns];
                for (int i = 0; i < articleColumns; i++) {
                    v[i] = r.get(i);
                }
                return RowFactory.create(v);
            });
            Dataset<Row> articles = spark.createDataFrame(articleRows, format.schema());
            if (format == OutputFormat.JSONL) {
                articles.write().text(req.output() + "/articles");
            } else {
                articles.write().parquet(req.output() + "/articles");
            }
            JavaRDD<Row> rejectRows = rows.filter(r -> !r.isNullAt(reason))
                    .map(r -> RowFactory.create(r.get(articleColumns), r.get(articleColumns + 1), r.get(reason)));
            spark.createDataFrame(rejectRows, REJECT).coalesce(1).write().json(req.output() + "/rejects");
            Map<Boolean, Long> counts = rows.map(r -> r.isNullAt(reason)).countByValue();
            long written = counts.getOrDefault(true, 0L);
            long rejected = counts.getOrDefault(false, 0L);
            return new BatchResult(written + rejected, written, rejected, (System.nanoTime() - t0) / 1e9,
                    (processCpuNanos() - cpu0) / 1e9);
        } finally {
            rows.unpersist();
        }
    }

    /** CPU time of this JVM, all threads; -1 where the platform does not tell. */
    static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
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

    /**
     * Fails fast, before any work, on an input that does not exist or an output that would be
     * overwritten; callable before Spark starts (the check costs no SparkSession).
     */
    public static void checkPaths(org.apache.hadoop.conf.Configuration conf, BatchRequest req) {
        try {
            for (String in : req.inputs()) {
                Path p = new Path(in);
                FileStatus[] matches = p.getFileSystem(conf).globStatus(p);
                if (matches == null || matches.length == 0) {
                    throw new IllegalArgumentException(in + ": no such file or directory");
                }
            }
            for (String sub : List.of("articles", "rejects")) {
                Path p = new Path(req.output(), sub);
                if (p.getFileSystem(conf).exists(p)) {
                    throw new IllegalArgumentException(p + ": already exists; choose another --output or remove it");
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e.getMessage(), e);
        }
    }
}
