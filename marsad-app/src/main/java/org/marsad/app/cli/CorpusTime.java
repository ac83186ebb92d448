package org.marsad.app.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.app.corpus.CorpusArticle;

/**
 * When a corpus article appeared: SaudiNewsNet's crawl time ({@code 2015-07-21 02:51:33}, UTC+3),
 * ANT's RFC-822 feed time, else the {@code YYYYMMDD} at the end of an ANT docno.
 */
final class CorpusTime {
    private static final DateTimeFormatter SNN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Pattern DOCNO_DATE = Pattern.compile("(\\d{8})$");
    private static final ZoneOffset RIYADH = ZoneOffset.ofHours(3);

    private CorpusTime() {}

    static Instant of(CorpusArticle a) {
        String d = a.date().strip();
        try {
            if (d.length() == 19 && d.charAt(4) == '-') {
                return LocalDateTime.parse(d, SNN).toInstant(RIYADH);
            }
            if (!d.isEmpty()) {
                return ZonedDateTime.parse(d, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            }
        } catch (DateTimeParseException e) {
            // fall through to the docno
        }
        Matcher m = DOCNO_DATE.matcher(a.id());
        if (m.find()) {
            return LocalDate.parse(m.group(1), DateTimeFormatter.BASIC_ISO_DATE).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        throw new UserException("article " + a.id() + ": cannot read its date '" + a.date() + "'");
    }

    static LocalDate day(CorpusArticle a) {
        return of(a).atOffset(RIYADH).toLocalDate();
    }
}
