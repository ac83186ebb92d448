package org.marsad.spark.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.marsad.extract.doc.Doc;
import org.marsad.spark.load.ArticleLoader;
import org.marsad.spark.load.ArticleLoaderFactory;
import org.marsad.spark.read.InputRecord;

/**
 * Runs the extraction over a partition's records, lazily, one record at a time. Every record
 * becomes one row of {@link #schema}: the enriched article's columns, or, for a record that could
 * not be read or whose extraction threw, the reject columns (file, line, reason). Nothing fails
 * the task except an {@link ArticleLoader} that cannot load (a store that is down must not lose
 * articles silently).
 */
public final class Enricher {
    public static final String REJECT_FILE = "reject_file";
    public static final String REJECT_LINE = "reject_line";
    public static final String REJECT_REASON = "reject_reason";

    private Enricher() {}

    /** The article columns of {@code format}, then the three reject columns. */
    public static StructType schema(OutputFormat format) {
        List<StructField> fields = new ArrayList<>();
        for (StructField f : format.schema().fields()) {
            fields.add(DataTypes.createStructField(f.name(), f.dataType(), true));
        }
        fields.add(DataTypes.createStructField(REJECT_FILE, DataTypes.StringType, true));
        fields.add(DataTypes.createStructField(REJECT_LINE, DataTypes.LongType, true));
        fields.add(DataTypes.createStructField(REJECT_REASON, DataTypes.StringType, true));
        return DataTypes.createStructType(fields);
    }

    /** The rows of a partition; {@code loaders} may be null. */
    public static Iterator<Row> enrich(Iterator<InputRecord> records, OutputFormat format, ArticleLoaderFactory loaders)
            throws Exception {
        int articleColumns = format.schema().fields().length;
        ArticleLoader loader = loaders == null ? null : loaders.open();
        return new Iterator<>() {
            private boolean closed;

            @Override
            public boolean hasNext() {
                boolean more = records.hasNext();
                if (!more && loader != null && !closed) {
                    closed = true;
                    try {
                        loader.close();
                    } catch (Exception e) {
                        throw new IllegalStateException("loading the enriched articles failed: " + e.getMessage(), e);
                    }
                }
                return more;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                InputRecord r = records.next();
                if (r.article() == null) {
                    return reject(articleColumns, r.file(), r.line(), r.reject());
                }
                Object[] values;
                Doc doc;
                try {
                    doc = Extractors.get().extract(r.article().body(), r.article().published());
                } catch (Exception | StackOverflowError e) {
                    return reject(articleColumns, r.file(), r.line(), "extraction failed: " + e);
                }
                try {
                    values = format.values(r.article(), r.file(), r.line(), doc);
                } catch (Exception e) {
                    return reject(articleColumns, r.file(), r.line(),
                            "cannot be written as " + format.name().toLowerCase(java.util.Locale.ROOT) + ": " + e.getMessage());
                }
                if (loader != null) {
                    try {
                        loader.add(r.article(), doc);
                    } catch (Exception e) {
                        throw new IllegalStateException(r.file() + ":" + r.line() + ": cannot load: " + e.getMessage(), e);
                    }
                }
                Object[] row = Arrays.copyOf(values, articleColumns + 3);
                return RowFactory.create(row);
            }
        };
    }

    private static Row reject(int articleColumns, String file, long line, String reason) {
        Object[] row = new Object[articleColumns + 3];
        row[articleColumns] = file;
        row[articleColumns + 1] = line;
        row[articleColumns + 2] = reason;
        return RowFactory.create(row);
    }
}
