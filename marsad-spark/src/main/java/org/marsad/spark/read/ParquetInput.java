package org.marsad.spark.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.marsad.store.read.BadInputException;
import org.marsad.store.read.JsonArticle;

/**
 * Parquet files of articles as {@link InputRecord}s: the columns named like JSONL fields (title,
 * text/content/body, url, date/time/published, source/src, author) are read as text and mapped by
 * marsad-store's {@link JsonArticle}; a row is located by its file and 1-based row number.
 */
public final class ParquetInput {
    private ParquetInput() {}

    public static JavaRDD<InputRecord> read(SparkSession spark, List<String> paths) {
        Dataset<Row> raw = spark.read().parquet(paths.toArray(String[]::new));
        List<Column> cols = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (StructField f : raw.schema().fields()) {
            if (JsonArticle.isKnownField(f.name())) {
                cols.add(functions.col(f.name()).cast("string"));
                names.add(f.name());
            }
        }
        cols.add(functions.col("_metadata.file_path"));
        cols.add(functions.col("_metadata.row_index"));
        int n = names.size();
        return raw.select(cols.toArray(Column[]::new)).javaRDD().map(row -> {
            String file = FileNames.display(row.getString(n));
            long line = row.getLong(n + 1) + 1;
            Map<String, String> fields = new HashMap<>();
            for (int i = 0; i < n; i++) {
                if (!row.isNullAt(i)) {
                    fields.put(names.get(i), row.getString(i));
                }
            }
            try {
                return InputRecord.read(file, line, JsonArticle.fromFields(fields, JsonArticle.fileSource(FileNames.baseName(file))));
            } catch (BadInputException e) {
                return InputRecord.rejected(file, line, e.getMessage());
            }
        });
    }
}
