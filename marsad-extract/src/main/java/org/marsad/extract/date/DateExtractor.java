package org.marsad.extract.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import org.marsad.extract.doc.Annotator;
import org.marsad.extract.doc.Doc;
import org.marsad.text.tokenize.TokenType;

/**
 * Finds dates and resolves them against the article's date when the {@link Doc} has one.
 *
 * <ul>
 *   <li>Numeric: 2019/06/30, 2019-06-30, 30/6/2019 (day first, as Arabic writes it).</li>
 *   <li>Day and month name, with an optional year: «3 يناير», «١٢ أبريل ٢٠٢٤», «5 كانون الثاني 2020»,
 *       «12 رمضان 1445 هـ» (converted with the Umm al-Qura calendar); a month with a year or after
 *       «في»/«منذ» («يناير 2024», «في يناير الماضي»); «عام 2019».</li>
 *   <li>Relative: «أمس», «أول أمس», «اليوم», «غداً», weekdays with or without «الماضي»/«المقبل», «الأسبوع
 *       الماضي», «الشهر المقبل», «العام الجاري».</li>
 * </ul>
 * Without an article date, a date missing its year is partial ({@code --01-03}, {@code --01}) and a
 * relative date has no value. A day-month without a year takes the year that puts it nearest the article date.
 */
public final class DateExtractor implements Annotator {
    private static final Set<String> PAST = Set.of("الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفايت", "السابق");
    private static final Set<String> NEXT = Set.of("المقبل", "المقبله", "القادم", "القادمه");
    private static final Set<String> CURRENT = Set.of("الجاري", "الجاريه", "الحالي", "الحاليه");
    private static final Set<String> YEAR_WORDS = Set.of("عام", "العام", "سنه", "لعام", "بعام", "وعام");
    private static final Set<String> MONTH_LEADS = Set.of(
            "في", "منذ", "شهر", "مطلع", "اوايل", "اواخر", "منتصف", "نهايه", "بدايه", "خلال", "حتي", "مع", "قبل", "بعد");
    private static final Set<String> NOT_TODAY = Set.of(
            "الوطني", "العالمي", "الدولي", "التالي", "الاول", "الثاني", "الثالث", "الاخير", "الذي", "نفسه", "السابق");

    /** A date found over tokens {@code [from, to)}; {@code skip} letters of proclitic on the first token are left out. */
    private record Found(int from, int to, String value, boolean relative, int skip) {
        Found(int from, int to, String value, boolean relative) {
            this(from, to, value, relative, 0);
        }
    }

    private static final String[] PROCLITICS = {"وب", "فب", "و", "ف", "ب"};

    @Override
    public void annotate(Doc doc) {
        int i = 0;
        while (i < doc.size()) {
            if (doc.type(i) != TokenType.NUMBER && !Calendars.TRIGGERS.contains(doc.norm(i))) {
                i++; // most words cannot start a date: one set lookup rejects them
                continue;
            }
            Found f = absolute(doc, i);
            if (f == null) {
                f = relative(doc, i);
            }
            if (f == null) {
                i++;
                continue;
            }
            int start = f.skip == 0 ? doc.token(f.from).start() : doc.offsetAfterLetters(f.from, f.skip);
            doc.addDate(new DateMention(start, doc.token(f.to - 1).end(), f.value, f.relative));
            i = f.to;
        }
    }

    private Found absolute(Doc doc, int i) {
        Found f = numeric(doc, i);
        if (f == null) {
            f = dayMonth(doc, i);
        }
        if (f == null) {
            f = monthAlone(doc, i);
        }
        if (f == null) {
            f = yearAlone(doc, i);
        }
        return f;
    }

    private Found numeric(Doc doc, int i) {
        if (i + 4 >= doc.size() || !isInt(doc, i) || !isInt(doc, i + 2) || !isInt(doc, i + 4)) {
            return null;
        }
        char sep = doc.text().charAt(doc.token(i + 1).start());
        if ((sep != '/' && sep != '-') || !doc.isPunct(i + 3, sep) || !doc.isPunct(i + 1, sep)) {
            return null;
        }
        for (int k = i; k < i + 4; k++) {
            if (doc.token(k).end() != doc.token(k + 1).start()) {
                return null;
            }
        }
        String a = doc.norm(i);
        int y;
        int m = Integer.parseInt(doc.norm(i + 2));
        int d;
        if (a.length() == 4) {
            y = Integer.parseInt(a);
            d = Integer.parseInt(doc.norm(i + 4));
        } else if (doc.norm(i + 4).length() == 4) {
            d = Integer.parseInt(a);
            y = Integer.parseInt(doc.norm(i + 4));
        } else {
            return null;
        }
        if (!valid(y, m, d)) {
            return null;
        }
        return new Found(i, i + 5, LocalDate.of(y, m, d).toString(), false);
    }

    private Found dayMonth(Doc doc, int i) {
        if (!isInt(doc, i) || doc.norm(i).length() > 2 || i + 1 >= doc.size()) {
            return null;
        }
        int day = Integer.parseInt(doc.norm(i));
        Month month = Month.at(doc, i + 1);
        if (day < 1 || day > 31 || month == null) {
            return null;
        }
        int k = i + 1 + month.tokens();
        int[] year = year(doc, k, month.hijri());
        int to = year == null ? k : year[1];
        String value = month.hijri()
                ? hijri(doc, year == null ? null : year[0], month.number(), day)
                : gregorian(doc, year == null ? null : year[0], month.number(), day);
        if (value != null && year == null && !month.hijri() && doc.date() != null && to < doc.size()) {
            value = shifted(doc.date(), month.number(), day, doc.norm(to), value); // «30 يونيو المقبل»
        }
        if (value == null && month.hijri() && year == null) {
            return null;
        }
        return new Found(i, to, value, false);
    }

    private Found monthAlone(Doc doc, int i) {
        Month month = Month.at(doc, i);
        if (month == null) {
            return null;
        }
        int k = i + month.tokens();
        int[] year = year(doc, k, month.hijri());
        if (year != null) {
            String value = month.hijri() ? null : String.format("%04d-%02d", year[0], month.number());
            return new Found(i, year[1], value, false);
        }
        boolean led = i > 0 && MONTH_LEADS.contains(doc.norm(i - 1));
        String mod = k < doc.size() ? doc.norm(k) : "";
        boolean modified = PAST.contains(mod) || NEXT.contains(mod) || CURRENT.contains(mod);
        boolean named = i > 0 && doc.norm(i - 1).equals("شهر");
        boolean ledTemporal = led && !doc.norm(i - 1).equals("مع"); // «في مارس» is March, «مع أب» a father
        if (month.hijri() || !(led || modified) || (Calendars.ambiguous(month.name()) && !modified && !named && !ledTemporal)) {
            return null;
        }
        LocalDate ref = doc.date();
        if (PAST.contains(mod) || NEXT.contains(mod) || CURRENT.contains(mod)) {
            String value = null;
            if (ref != null) {
                YearMonth cur = YearMonth.from(ref);
                YearMonth ym = YearMonth.of(ref.getYear(), month.number());
                if (PAST.contains(mod) && !ym.isBefore(cur)) {
                    ym = ym.minusYears(1);
                } else if (NEXT.contains(mod) && !ym.isAfter(cur)) {
                    ym = ym.plusYears(1);
                }
                value = ym.toString();
            } else {
                value = String.format("--%02d", month.number());
            }
            return new Found(i, k + 1, value, false);
        }
        String value = ref == null ? String.format("--%02d", month.number()) : nearestMonth(ref, month.number()).toString();
        return new Found(i, k, value, false);
    }

    private Found yearAlone(Doc doc, int i) {
        if (!YEAR_WORDS.contains(doc.norm(i)) || i + 1 >= doc.size() || !isInt(doc, i + 1) || doc.norm(i + 1).length() != 4) {
            return null;
        }
        int y = Integer.parseInt(doc.norm(i + 1));
        if (y < 1800 || y > 2200) {
            return null;
        }
        int to = i + 2;
        if (to < doc.size() && (doc.norm(to).equals("م") || doc.norm(to).equals("ميلادي"))) {
            to++;
        }
        return new Found(i, to, String.format("%04d", y), false);
    }

    /** A year after a month: «2024», «من عام 2024», «1445 هـ»; {year, token after}, or null. */
    private static int[] year(Doc doc, int k, boolean hijri) {
        int j = k;
        if (j < doc.size() && (doc.norm(j).equals("من") || doc.norm(j).equals("،") || doc.norm(j).equals(","))) {
            j++;
        }
        if (j < doc.size() && YEAR_WORDS.contains(doc.norm(j))) {
            j++;
        }
        if (j >= doc.size() || !isInt(doc, j) || doc.norm(j).length() != 4) {
            return null;
        }
        int y = Integer.parseInt(doc.norm(j));
        if (hijri ? y < 1300 || y > 1600 : y < 1800 || y > 2200) {
            return null;
        }
        j++;
        if (j < doc.size()) {
            String n = doc.norm(j);
            if (n.equals("م") || n.equals("ميلادي") || (hijri && (n.equals("ه") || n.equals("هجري") || n.equals("هجريه")))) {
                j++;
            }
        }
        return new int[] {y, j};
    }

    private static String gregorian(Doc doc, Integer year, int month, int day) {
        if (year != null) {
            return valid(year, month, day) ? LocalDate.of(year, month, day).toString() : null;
        }
        LocalDate ref = doc.date();
        if (ref == null) {
            return valid(2000, month, day) ? String.format("--%02d-%02d", month, day) : null;
        }
        LocalDate best = null;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            if (valid(y, month, day)) {
                LocalDate c = LocalDate.of(y, month, day);
                if (best == null || Math.abs(c.toEpochDay() - ref.toEpochDay()) < Math.abs(best.toEpochDay() - ref.toEpochDay())) {
                    best = c;
                }
            }
        }
        return best == null ? null : best.toString();
    }

    /** A yearless day-month followed by «الماضي» or «المقبل»: the last one before, or the first after, the article date. */
    private static String shifted(LocalDate ref, int month, int day, String modifier, String nearest) {
        boolean past = PAST.contains(modifier);
        if (!past && !NEXT.contains(modifier)) {
            return nearest;
        }
        for (int k = 0; k <= 1; k++) {
            int y = past ? ref.getYear() - k : ref.getYear() + k;
            if (valid(y, month, day)) {
                LocalDate c = LocalDate.of(y, month, day);
                if (past ? c.isBefore(ref) : c.isAfter(ref)) {
                    return c.toString();
                }
            }
        }
        return nearest;
    }

    private static String hijri(Doc doc, Integer year, int month, int day) {
        int y;
        if (year != null) {
            y = year;
        } else if (doc.date() != null) {
            y = HijrahDate.from(doc.date()).get(ChronoField.YEAR);
        } else {
            return null;
        }
        try {
            return LocalDate.from(HijrahDate.of(y, month, day)).toString();
        } catch (java.time.DateTimeException e) {
            return null; // outside the Umm al-Qura table, or day 30 of a 29-day month
        }
    }

    private static YearMonth nearestMonth(LocalDate ref, int month) {
        YearMonth cur = YearMonth.from(ref);
        YearMonth best = null;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            YearMonth c = YearMonth.of(y, month);
            long dist = Math.abs(c.getYear() * 12L + c.getMonthValue() - (cur.getYear() * 12L + cur.getMonthValue()));
            if (best == null || dist < Math.abs(best.getYear() * 12L + best.getMonthValue() - (cur.getYear() * 12L + cur.getMonthValue()))) {
                best = c;
            }
        }
        return best;
    }

    private Found relative(Doc doc, int i) {
        String n = doc.norm(i);
        LocalDate ref = doc.date();
        if (n.equals("امس") || n.equals("الامس") || n.equals("وامس")) {
            if (i + 1 < doc.size() && doc.norm(i + 1).equals("الاول")) {
                return found(i, i + 2, ref == null ? null : ref.minusDays(2).toString());
            }
            if (i > 0 && doc.norm(i - 1).equals("اول")) {
                return found(i - 1, i + 1, ref == null ? null : ref.minusDays(2).toString());
            }
            int to = i + 1 < doc.size() && Calendars.WEEKDAYS.containsKey(doc.norm(i + 1)) ? i + 2 : i + 1;
            return found(i, to, ref == null ? null : ref.minusDays(1).toString());
        }
        if (n.equals("اليوم")) {
            String next = i + 1 < doc.size() ? doc.norm(i + 1) : "";
            if (NOT_TODAY.contains(next)) {
                return null;
            }
            int to = i + 1 < doc.size() && Calendars.WEEKDAYS.containsKey(doc.norm(i + 1)) ? i + 2 : i + 1;
            return found(i, to, ref == null ? null : ref.toString());
        }
        if (n.equals("غدا") || n.equals("وغدا")) {
            return found(i, i + 1, ref == null ? null : ref.plusDays(1).toString());
        }
        Integer weekday = Calendars.WEEKDAYS.get(n);
        if (weekday != null) {
            return weekday(doc, i, weekday);
        }
        int skip = 0;
        String bare = n;
        for (String pre : PROCLITICS) {
            if (n.startsWith(pre + "ال") && isPeriod(n.substring(pre.length()))) {
                skip = pre.length(); // «بالعام الماضي»: the date is «العام الماضي»
                bare = n.substring(pre.length());
                break;
            }
        }
        if (isPeriod(bare) && i + 1 < doc.size()) {
            String mod = doc.norm(i + 1);
            int shift = PAST.contains(mod) ? -1 : NEXT.contains(mod) ? 1 : CURRENT.contains(mod) ? 0 : 99;
            if (shift != 99) {
                return new Found(i, i + 2, ref == null ? null : period(bare, ref, shift), true, skip);
            }
        }
        if ((n.equals("هذا") || n.equals("هذه")) && i + 1 < doc.size()) {
            String p = doc.norm(i + 1);
            if (p.equals("الاسبوع") || p.equals("الشهر") || p.equals("العام") || p.equals("السنه")) {
                return found(i, i + 2, ref == null ? null : period(p, ref, 0));
            }
        }
        return null;
    }

    private static boolean isPeriod(String n) {
        return n.equals("الاسبوع") || n.equals("الشهر") || n.equals("العام") || n.equals("السنه");
    }

    private Found weekday(Doc doc, int i, int weekday) {
        if (i > 0 && (doc.norm(i - 1).equals("صلاه") || doc.norm(i - 1).equals("خطبه") || doc.norm(i - 1).equals("صلاة"))) {
            return null;
        }
        int to = i + 1;
        String mod = to < doc.size() ? doc.norm(to) : "";
        int direction = 0;
        if (PAST.contains(mod)) {
            direction = -1;
            to++;
        } else if (NEXT.contains(mod)) {
            direction = 1;
            to++;
        }
        int after = to < doc.size() && (doc.isPunct(to, '،') || doc.isPunct(to, ',')) ? to + 1 : to;
        if (after < doc.size()) {
            Found abs = absolute(doc, after);
            if (abs != null && abs.value != null && !doc.norm(after).equals("عام") && !doc.norm(after).equals("العام")) {
                return new Found(i, abs.to, abs.value, false);
            }
        }
        LocalDate ref = doc.date();
        if (ref == null) {
            return found(i, to, null);
        }
        DayOfWeek dow = DayOfWeek.of(weekday);
        LocalDate d = switch (direction) {
            case -1 -> ref.with(TemporalAdjusters.previous(dow));
            case 1 -> ref.with(TemporalAdjusters.next(dow));
            default -> ref.with(TemporalAdjusters.previousOrSame(dow));
        };
        return found(i, to, d.toString());
    }

    private static String period(String unit, LocalDate ref, int shift) {
        return switch (unit) {
            case "الاسبوع" -> {
                LocalDate d = ref.plusWeeks(shift);
                yield String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
            case "الشهر" -> YearMonth.from(ref).plusMonths(shift).toString();
            default -> String.format("%04d", ref.getYear() + shift);
        };
    }

    private static Found found(int from, int to, String value) {
        return new Found(from, to, value, true);
    }

    private static boolean isInt(Doc doc, int i) {
        if (doc.type(i) != TokenType.NUMBER) {
            return false;
        }
        String n = doc.norm(i);
        for (int k = 0; k < n.length(); k++) {
            if (n.charAt(k) < '0' || n.charAt(k) > '9') {
                return false;
            }
        }
        return !n.isEmpty() && n.length() <= 4;
    }

    private static boolean valid(int y, int m, int d) {
        return m >= 1 && m <= 12 && d >= 1 && d <= YearMonth.of(y, m).lengthOfMonth();
    }
}
