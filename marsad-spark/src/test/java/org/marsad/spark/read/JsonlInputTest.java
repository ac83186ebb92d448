package org.marsad.spark.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
