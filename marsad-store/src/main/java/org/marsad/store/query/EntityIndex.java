package org.marsad.store.query;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.marsad.store.search.EntityCount;

/**
 * The counts behind the entity list and profile, as one store keeps them: articles and mentions
 * per entity key, per day, and the keys named beside them. Only counting lives here; which keys
 * a name means, how the list is ordered and what a profile holds is decided once, in
 * {@link EntityViews}, for every store. The embedded index reads terms and postings; a cluster
 * answers with aggregations.
 */
public interface EntityIndex {
    /** Articles naming each of {@code keys}; keys no article names are left out. */
    Map<String, Long> articlesNaming(List<String> keys) throws IOException;

    /**
     * At least the first {@code limit} entities in {@link EntityViews#MOST_NAMED} order among
     * those whose key starts with {@code prefix} (empty: any), holds {@code part} (null: any) and
     * that {@code keep} accepts, without display names; the caller orders and cuts.
     */
    List<EntitySummary> mostNamed(String prefix, String part, Predicate<String> keep, int limit) throws IOException;

    /** The spelling most articles use for each key; a key without labels may be left out. */
    Map<String, String> displayNames(List<String> keys) throws IOException;

    /** Articles naming any of {@code keys} and their mentions, per day and in all (undated articles in the totals only). */
    Timeline timeline(List<String> keys) throws IOException;

    /**
     * The {@code perType} most named entities of each type among the articles naming any of
     * {@code keys} (theirs included), by articles, ties by key, named.
     */
    List<EntityCount> namedWith(List<String> keys, int perType) throws IOException;

    /** Mentions per day: days in order, only days with a mention. */
    record Timeline(List<DayCount> days, long articles, long mentions) {
        public Timeline {
            days = List.copyOf(days);
        }

        /** From per-day {articles, mentions} pairs. */
        public static Timeline of(Map<LocalDate, long[]> perDay, long articles, long mentions) {
            List<DayCount> out = new java.util.ArrayList<>(perDay.size());
            new java.util.TreeMap<>(perDay).forEach((day, c) -> out.add(new DayCount(day, c[0], c[1])));
            return new Timeline(out, articles, mentions);
        }
    }
}
