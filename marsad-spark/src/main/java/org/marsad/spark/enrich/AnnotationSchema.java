package org.marsad.spark.enrich;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet columns of {@code marsad analyze --json}'s contract ({@link org.marsad.extract.doc.DocJson}):
 * entities, quotes, claims and dates as arrays of structs with the same field names. A claim's
 * value is a decimal(38,10), exact for the figures news prints.
 */
public final class AnnotationSchema {
    public static final int VALUE_SCALE = 10;

    private static final DataType STR = DataTypes.StringType;
    private static final DataType INT = DataTypes.IntegerType;
    private static final DataType BOOL = DataTypes.BooleanType;

    public static final StructType ENTITY = struct(field("text", STR), field("type", STR), field("start", INT),
            field("end", INT), field("canonical", STR), field("entity", INT), field("role", STR));
    public static final StructType SPEAKER = struct(field("text", STR), field("start", INT), field("end", INT),
            field("canonical", STR), field("entity", INT), field("role", STR));
    public static final StructType QUOTE = struct(field("text", STR), field("start", INT), field("end", INT),
            field("direct", BOOL), field("cue", STR), field("speaker", SPEAKER));
    public static final StructType CLAIM = struct(field("text", STR), field("start", INT), field("end", INT),
            field("value", DataTypes.createDecimalType(38, VALUE_SCALE)), field("unit", STR), field("qualifier", STR),
            field("kind", STR), field("currency", STR),
            field("claimant", struct(field("text", STR), field("canonical", STR))),
            field("subject", struct(field("text", STR), field("start", INT), field("end", INT))));
    public static final StructType DATE = struct(field("text", STR), field("start", INT), field("end", INT),
            field("value", STR), field("relative", BOOL));

    /** The four annotation columns, in DocJson's order. */
    public static final StructType ANNOTATIONS = struct(
            field("entities", DataTypes.createArrayType(ENTITY, false)),
            field("quotes", DataTypes.createArrayType(QUOTE, false)),
            field("claims", DataTypes.createArrayType(CLAIM, false)),
            field("dates", DataTypes.createArrayType(DATE, false)));

    private AnnotationSchema() {}

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }
}
