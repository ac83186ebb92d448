package org.marsad.spark.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonlInputTest {
    @Test
    void aSplitStartsAfterTheLinesOfTheEarlierSplitsOfItsFile() {
        Map<String, Long> first = JsonlInput.firstLines(List.of(
                new SplitStart("b.jsonl", 0, 7),
                new SplitStart("a.jsonl", 2_000, 5),
                new SplitStart("a.jsonl", 0, 10),
                new SplitStart("a.jsonl", 1_000, 3)));
        assertEquals(Map.of("a.jsonl@0", 1L, "a.jsonl@1000", 11L, "a.jsonl@2000", 14L, "b.jsonl@0", 1L), first);
    }

    @Test
    void aFilesFirstNulByteIsNumberedAcrossSplitsAndAnEmptyFileIsKnown() {
        FileLayout layout = FileLayout.of(List.of(
                new SplitStart("a.jsonl", 0, 10, 0),
                new SplitStart("a.jsonl", 1_000, 5, 2),
                new SplitStart("a.jsonl", 2_000, 5, 1),
                new SplitStart("e.jsonl", 0, 0, 0)));
        assertEquals(12, layout.nulLine("a.jsonl"));
        assertEquals(0, layout.nulLine("e.jsonl"));
        assertEquals(16, layout.firstLine("a.jsonl", 2_000));
        assertTrue(layout.isEmpty("e.jsonl"));
        assertFalse(layout.isEmpty("a.jsonl"));
    }
}
