package org.marsad.store.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A {@code date:} filter value: {@code 2015-07-01..2015-07-31}, an open end ({@code 2015-07-01..}
 * or {@code ..2015-07-31}), a day {@code 2015-07-01}, a month {@code 2015-07} or a year {@code 2015}.
 * Bounds are inclusive days.
 */
record DateRange(LocalDate from, LocalDate to) {
    static DateRange parse(String value) {
        String v = value.strip();
        int dots = v.indexOf("..");
        if (dots >= 0) {
            String a = v.substring(0, dots).strip();
            String b = v.substring(dots + 2).strip();
            LocalDate from = a.isEmpty() ? LocalDate.MIN : single(a).from;
            LocalDate to = b.isEmpty() ? LocalDate.MAX : single(b).to;
            if (a.isEmpty() && b.isEmpty()) {
                throw new IllegalArgumentException("empty date range");
            }
            return new DateRange(from, to);
        }
        return single(v);
    }

    static DateRange bounds(String a, String b) {
        LocalDate from = a == null || a.equals("*") ? LocalDate.MIN : single(a).from;
        LocalDate to = b == null || b.equals("*") ? LocalDate.MAX : single(b).to;
        return new DateRange(from, to);
    }

    private static DateRange single(String s) {
        try {
            if (s.matches("\\d{4}")) {
                int y = Integer.parseInt(s);
                return new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }
            if (s.matches("\\d{4}-\\d{1,2}")) {
                YearMonth ym = YearMonth.parse(s.length() == 7 ? s : s.replace("-", "-0"));
                return new DateRange(ym.atDay(1), ym.atEndOfMonth());
            }
            LocalDate d = LocalDate.parse(s);
            return new DateRange(d, d);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + s + "' is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)");
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + s + "' is not a valid date: " + e.getMessage());
        }
    }

    long fromDay() {
        return from.equals(LocalDate.MIN) ? Long.MIN_VALUE : from.toEpochDay();
    }

    long toDay() {
        return to.equals(LocalDate.MAX) ? Long.MAX_VALUE : to.toEpochDay();
    }
}
