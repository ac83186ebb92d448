package org.marsad.spark.enrich;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.marsad.extract.doc.Doc;
import org.marsad.extract.doc.DocJson;
import org.marsad.store.article.Article;

/**
 * How an enriched article is written. Both carry the article (id, source, url, title, published,
 * author, text), where it was read (file, line) and its annotations: for JSONL, one JSON object per
 * line whose "analysis" is exactly what {@code marsad analyze --json} prints for the text; for
 * Parquet, the annotations as structured columns ({@link AnnotationSchema}).
 */
public enum OutputFormat {
    JSONL, PARQUET;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final StructType ARTICLE = DataTypes.createStructType(new StructField[] {
        DataTypes.createStructField("id", DataTypes.StringType, false),
        DataTypes.createStructField("source", DataTypes.StringType, false),
        DataTypes.createStructField("url", DataTypes.StringType, true),
        DataTypes.createStructField("title", DataTypes.StringType, true),
        DataTypes.createStructField("published", DataTypes.DateType, true),
        DataTypes.createStructField("author", DataTypes.StringType, true),
        DataTypes.createStructField("file", DataTypes.StringType, false),
        DataTypes.createStructField("line", DataTypes.LongType, false),
        DataTypes.createStructField("text", DataTypes.StringType, false)});

    public static OutputFormat parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--format: expected jsonl or parquet, got '" + s + "'");
        }
    }

    /** The columns of one enriched article. */
    public StructType schema() {
        if (this == JSONL) {
            return DataTypes.createStructType(new StructField[] {DataTypes.createStructField("json", DataTypes.StringType, false)});
        }
        List<StructField> fields = new ArrayList<>(List.of(ARTICLE.fields()));
        fields.addAll(List.of(AnnotationSchema.ANNOTATIONS.fields()));
        return DataTypes.createStructType(fields);
    }

    /** The values of {@link #schema()} for one article read at file:line. */
    public Object[] values(Article a, String file, long line, Doc doc) throws java.io.IOException {
        ObjectNode analysis = DocJson.of(doc);
        if (this == JSONL) {
            ObjectNode o = JSON.createObjectNode().put("id", a.id()).put("source", a.source()).put("url", a.url())
                    .put("title", a.title()).put("published", a.published() == null ? null : a.published().toString())
                    .put("author", a.author()).put("file", file).put("line", line).put("text", a.body());
            o.set("analysis", analysis);
            return new Object[] {JSON.writeValueAsString(o)};
        }
        List<Object> v = new ArrayList<>(List.of(a.id(), a.source()));
        v.add(a.url());
        v.add(a.title());
        v.add(a.published());
        v.add(a.author());
        v.add(file);
        v.add(line);
        v.add(a.body());
        for (StructField f : AnnotationSchema.ANNOTATIONS.fields()) {
            v.add(JsonRows.convert(analysis.get(f.name()), f.dataType(), f.name()));
        }
        return v.toArray();
    }
}
