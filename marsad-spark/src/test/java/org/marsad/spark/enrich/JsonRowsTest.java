package org.marsad.spark.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class JsonRowsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s);
    }

    @Test
    void claimBecomesARowInSchemaOrderWithAnExactDecimal() throws Exception {
        Row r = (Row) JsonRows.convert(json("""
                {"text":"نحو 12%","start":83,"end":90,"value":12.5,"unit":"%","qualifier":"نحو","kind":"PERCENT",
                 "claimant":null,"subject":{"text":"العجز","start":73,"end":78}}"""), AnnotationSchema.CLAIM, "claim");
        assertEquals("نحو 12%", r.getString(0));
        assertEquals(83, r.getInt(1));
        assertEquals(0, new BigDecimal("12.5").compareTo(r.getDecimal(3)));
        assertNull(r.get(AnnotationSchema.CLAIM.fieldIndex("currency")), "absent field");
        assertNull(r.get(AnnotationSchema.CLAIM.fieldIndex("claimant")), "null field");
        assertEquals("العجز", r.getStruct(AnnotationSchema.CLAIM.fieldIndex("subject")).getString(0));
    }

    @Test
    void aFieldTheSchemaDoesNotKnowIsAnErrorNotADrop() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonRows.convert(
                json("{\"text\":\"x\",\"start\":0,\"end\":1,\"value\":\"2018\",\"relative\":false,\"precision\":\"day\"}"),
                AnnotationSchema.DATE, "dates[]"));
        assertTrue(e.getMessage().contains("dates[].precision"), e.getMessage());
    }

    @Test
    void aWrongTypeOrAnOversizedFigureIsAnError() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> JsonRows.convert(json("\"12\""), AnnotationSchema.ENTITY.apply("start").dataType(), "start"));
        assertThrows(IllegalArgumentException.class, () -> JsonRows.convert(json("1e40"),
                AnnotationSchema.CLAIM.apply("value").dataType(), "value"));
        assertThrows(IllegalArgumentException.class, () -> JsonRows.convert(json("0.00000000001"),
                AnnotationSchema.CLAIM.apply("value").dataType(), "value"), "more decimals than the column keeps");
    }
}
