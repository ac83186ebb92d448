package org.marsad.extract.date;

import java.util.HashMap;
import java.util.Map;

/**
 * Month and weekday names, search-normalized: Gregorian (Egyptian/Gulf «يناير»), Levantine and Iraqi
 * («كانون الثاني»), Maghrebi («جانفي»), and Hijri («ربيع الأول»). Two-word names are keyed by both words.
 */
final class Calendars {
    static final Map<String, Integer> GREGORIAN = new HashMap<>();
    static final Map<String, Integer> HIJRI = new HashMap<>();
    static final Map<String, Integer> WEEKDAYS = new HashMap<>();
    /** Every word a date can start with besides a number. */
    static final java.util.Set<String> TRIGGERS = new java.util.HashSet<>();
    /** First words of two-word month names, so only they pay for a two-word lookup. */
    static final java.util.Set<String> FIRST_OF_TWO = new java.util.HashSet<>();

    static {
        String[][] greg = {
            {"يناير", "جانفي", "كانون الثاني"}, {"فبراير", "فيفري", "شباط"}, {"مارس", "اذار"}, {"ابريل", "افريل", "نيسان"},
            {"مايو", "ماي", "ايار"}, {"يونيو", "يونيه", "جوان", "حزيران"}, {"يوليو", "يوليه", "جويليه", "تموز"},
            {"اغسطس", "اوت", "اب"}, {"سبتمبر", "ايلول"}, {"اكتوبر", "تشرين الاول"}, {"نوفمبر", "تشرين الثاني"},
            {"ديسمبر", "كانون الاول"}};
        for (int m = 0; m < greg.length; m++) {
            for (String name : greg[m]) {
                GREGORIAN.put(name, m + 1);
            }
        }
        String[][] hijri = {
            {"محرم"}, {"صفر"}, {"ربيع الاول"}, {"ربيع الاخر", "ربيع الثاني"}, {"جمادي الاولي"},
            {"جمادي الاخره", "جمادي الثانيه", "جمادي الاخر"}, {"رجب"}, {"شعبان"}, {"رمضان"}, {"شوال"},
            {"ذو القعده", "ذي القعده"}, {"ذو الحجه", "ذي الحجه"}};
        for (int m = 0; m < hijri.length; m++) {
            for (String name : hijri[m]) {
                HIJRI.put(name, m + 1);
            }
        }
        for (String name : GREGORIAN.keySet()) {
            addFirst(name);
        }
        for (String name : HIJRI.keySet()) {
            addFirst(name);
        }
        String[] days = {"الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد"};
        for (int d = 0; d < days.length; d++) {
            WEEKDAYS.put(days[d], d + 1);
        }
        WEEKDAYS.put("الاتنين", 1);
        WEEKDAYS.put("التلات", 2);
        for (String name : GREGORIAN.keySet()) {
            TRIGGERS.add(name.split(" ")[0]);
        }
        for (String name : HIJRI.keySet()) {
            TRIGGERS.add(name.split(" ")[0]);
        }
        TRIGGERS.addAll(WEEKDAYS.keySet());
        TRIGGERS.addAll(java.util.List.of("عام", "العام", "سنه", "لعام", "بعام", "وعام", "امس", "الامس", "وامس", "اول",
                "اليوم", "غدا", "وغدا", "الاسبوع", "الشهر", "السنه", "هذا", "هذه"));
        for (String period : new String[] {"الاسبوع", "الشهر", "العام", "السنه"}) {
            for (String pre : new String[] {"وب", "فب", "و", "ف", "ب"}) {
                TRIGGERS.add(pre + period);
            }
        }
    }

    private static void addFirst(String name) {
        int sp = name.indexOf(' ');
        if (sp > 0) {
            FIRST_OF_TWO.add(name.substring(0, sp));
        }
    }

    /** Month names that are also ordinary words («مارس» practised, «آب» father, «ماي»): need a day or year. */
    static boolean ambiguous(String name) {
        return name.equals("مارس") || name.equals("اب") || name.equals("ماي") || name.equals("اوت") || name.equals("صفر")
                || name.equals("رجب") || name.equals("شعبان") || name.equals("محرم") || name.equals("رمضان")
                || name.equals("شوال");
    }

    private Calendars() {}
}
