package org.marsad.store.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * How often something (an entity, a story) was mentioned on each day, in day order; days without
 * mentions are absent. Days are calendar days at a fixed offset chosen by the caller.
 */
public record Timeline(Map<LocalDate, Integer> countsByDay) {
    public Timeline {
        for (Map.Entry<LocalDate, Integer> e : countsByDay.entrySet()) {
            if (e.getValue() <= 0) {
                throw new IllegalArgumentException("count for " + e.getKey() + " must be positive, got " + e.getValue());
            }
        }
        countsByDay = Collections.unmodifiableMap(new TreeMap<>(countsByDay));
    }

    public static Timeline of(Collection<Instant> mentions, ZoneOffset offset) {
        Map<LocalDate, Integer> m = new TreeMap<>();
        for (Instant t : mentions) {
            m.merge(t.atOffset(offset).toLocalDate(), 1, Integer::sum);
        }
        return new Timeline(m);
    }

    public boolean isEmpty() {
        return countsByDay.isEmpty();
    }

    /** The first day with a mention, or null for an empty timeline. */
    public LocalDate first() {
        return isEmpty() ? null : countsByDay.keySet().iterator().next();
    }

    public LocalDate last() {
        LocalDate last = null;
        for (LocalDate d : countsByDay.keySet()) {
            last = d;
        }
        return last;
    }

    public int total() {
        int s = 0;
        for (int c : countsByDay.values()) {
            s += c;
        }
        return s;
    }

    /** The busiest day (the earliest of equals), or null. */
    public LocalDate peak() {
        LocalDate best = null;
        int max = 0;
        for (Map.Entry<LocalDate, Integer> e : countsByDay.entrySet()) {
            if (e.getValue() > max) {
                max = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    /** {@code 2015-07-21:3 2015-07-22:5}, for the command line. */
    public String compact() {
        StringJoiner j = new StringJoiner(" ");
        countsByDay.forEach((d, c) -> j.add(d + ":" + c));
        return j.toString();
    }
}
