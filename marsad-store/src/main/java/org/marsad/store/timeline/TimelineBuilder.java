package org.marsad.store.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Collects mentions of many keys (entity names, story ids) as articles stream by, and gives each
 * key its {@link Timeline}. Counts are kept per day only, so memory grows with keys x active days.
 */
public final class TimelineBuilder {
    private final ZoneOffset offset;
    private final Map<String, Map<LocalDate, Integer>> counts = new HashMap<>();

    public TimelineBuilder(ZoneOffset offset) {
        this.offset = offset;
    }

    public void mention(String key, Instant when) {
        mention(key, when, 1);
    }

    /** Adds {@code times} mentions of {@code key} (an article naming an entity three times counts three). */
    public void mention(String key, Instant when, int times) {
        if (times <= 0) {
            return;
        }
        counts.computeIfAbsent(key, k -> new TreeMap<>()).merge(when.atOffset(offset).toLocalDate(), times, Integer::sum);
    }

    public Set<String> keys() {
        return java.util.Collections.unmodifiableSet(counts.keySet());
    }

    /** The timeline of a key; empty if it was never mentioned. */
    public Timeline timeline(String key) {
        return new Timeline(counts.getOrDefault(key, Map.of()));
    }
}
