package org.marsad.store.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineTest {
    static final ZoneOffset RIYADH = ZoneOffset.ofHours(3);

    @Test
    void countsByLocalDayWithFirstLastAndPeak() {
        Timeline t = Timeline.of(List.of(
                Instant.parse("2015-08-01T22:30:00Z"), // 01:30 on Aug 2 in Riyadh
                Instant.parse("2015-08-02T10:00:00Z"),
                Instant.parse("2015-07-30T10:00:00Z"),
                Instant.parse("2015-08-05T10:00:00Z")), RIYADH);
        assertEquals(Map.of(LocalDate.of(2015, 7, 30), 1, LocalDate.of(2015, 8, 2), 2, LocalDate.of(2015, 8, 5), 1),
                t.countsByDay());
        assertEquals(LocalDate.of(2015, 7, 30), t.first());
        assertEquals(LocalDate.of(2015, 8, 5), t.last());
        assertEquals(LocalDate.of(2015, 8, 2), t.peak());
        assertEquals(4, t.total());
        assertEquals("2015-07-30:1 2015-08-02:2 2015-08-05:1", t.compact());
    }

    @Test
    void builderKeepsOneTimelinePerKey() {
        TimelineBuilder b = new TimelineBuilder(RIYADH);
        b.mention("وزارة الصحة", Instant.parse("2015-08-01T10:00:00Z"), 3);
        b.mention("وزارة الصحة", Instant.parse("2015-08-03T10:00:00Z"));
        b.mention("جدة", Instant.parse("2015-08-01T10:00:00Z"));
        b.mention("جدة", Instant.parse("2015-08-01T11:00:00Z"), 0);
        assertEquals(4, b.timeline("وزارة الصحة").total());
        assertEquals(1, b.timeline("جدة").total());
        assertTrue(b.timeline("غائب").isEmpty());
        assertNull(b.timeline("غائب").first());
        assertEquals(2, b.keys().size());
    }

    @Test
    void rejectsNonPositiveCounts() {
        assertThrows(IllegalArgumentException.class, () -> new Timeline(Map.of(LocalDate.of(2015, 1, 1), 0)));
    }
}
