package org.marsad.spark.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A JSON tree as a Spark value of a given type. Strict: a field the schema does not know, or a
 * value of another type, is an error, so a change of the JSON contract cannot be dropped silently
 * from the Parquet output.
 */
public final class JsonRows {
    private JsonRows() {}

    public static Object convert(JsonNode node, DataType type, String where) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (type instanceof StructType st) {
            return row(node, st, where);
        }
        if (type instanceof ArrayType at) {
            require(node.isArray(), node, "an array", where);
            List<Object> out = new ArrayList<>(node.size());
            for (JsonNode e : node) {
                out.add(convert(e, at.elementType(), where + "[]"));
            }
            // Spark's Row encoder takes Scala sequences for arrays
            return scala.jdk.javaapi.CollectionConverters.asScala(out).toSeq();
        }
        if (type == DataTypes.StringType) {
            require(node.isTextual(), node, "a string", where);
            return node.textValue();
        }
        if (type == DataTypes.IntegerType) {
            require(node.canConvertToInt() && node.isIntegralNumber(), node, "an int", where);
            return node.intValue();
        }
        if (type == DataTypes.BooleanType) {
            require(node.isBoolean(), node, "a boolean", where);
            return node.booleanValue();
        }
        if (type instanceof DecimalType dt) {
            require(node.isNumber(), node, "a number", where);
            BigDecimal v = node.decimalValue();
            // no rounding: the Parquet value must be the one analyze --json prints
            if (v.stripTrailingZeros().scale() > dt.scale() || v.setScale(dt.scale(), RoundingMode.DOWN).precision() > dt.precision()) {
                throw new IllegalArgumentException(where + ": " + v + " does not fit " + dt.simpleString());
            }
            return v.setScale(dt.scale(), RoundingMode.UNNECESSARY);
        }
        throw new IllegalArgumentException(where + ": no conversion to " + type.simpleString());
    }

    private static Row row(JsonNode node, StructType st, String where) {
        require(node.isObject(), node, "an object", where);
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String n = names.next();
            if (st.getFieldIndex(n).isEmpty()) {
                throw new IllegalArgumentException(where + "." + n + ": field not in the Parquet schema");
            }
        }
        StructField[] fields = st.fields();
        Object[] values = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            values[i] = convert(node.get(fields[i].name()), fields[i].dataType(), where + "." + fields[i].name());
        }
        return RowFactory.create(values);
    }

    private static void require(boolean ok, JsonNode node, String expected, String where) {
        if (!ok) {
            throw new IllegalArgumentException(where + ": expected " + expected + ", got " + node.getNodeType());
        }
    }
}
