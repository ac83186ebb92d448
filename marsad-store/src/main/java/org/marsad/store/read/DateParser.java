package org.marsad.store.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication day out of the date strings news sources use: ISO 8601 dates and
 * timestamps ({@code 2015-07-21 02:51:32}, {@code 2015-07-21T02:51:32+03:00}), {@code 2015/07/21},
 * and RFC 1123 ({@code Sun, 18 Feb 2018 21:35:43 +0400}, RSS). The day is the one written by the
 * publisher, not converted to UTC. Unknown forms give null: a missing date never rejects an article.
 */
public final class DateParser {
    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");

    private DateParser() {}

    public static LocalDate parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                return null;
            }
        }
        try {
            return ZonedDateTime.parse(s.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
