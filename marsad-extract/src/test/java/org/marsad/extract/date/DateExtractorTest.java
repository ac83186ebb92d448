package org.marsad.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.marsad.extract.doc.Doc;
import org.junit.jupiter.api.Test;

class DateExtractorTest {
    private static List<DateMention> dates(String text, String articleDate) {
        Doc d = new Doc(text, articleDate == null ? null : LocalDate.parse(articleDate));
        new DateExtractor().annotate(d);
        return d.dates();
    }

    private static String one(String text, String articleDate) {
        List<DateMention> ds = dates(text, articleDate);
        assertEquals(1, ds.size(), () -> "dates in «" + text + "»: " + ds);
        return ds.get(0).value();
    }

    private static String span(String text) {
        DateMention m = dates(text, null).get(0);
        return m.text(text);
    }

    @Test
    void absoluteDates() {
        assertEquals("2024-04-12", one("وصل في ١٢ أبريل ٢٠٢٤ إلى القاهرة", null));
        assertEquals("2019-06-30", one("بتاريخ 2019/06/30", null));
        assertEquals("2024-05-12", one("في 12/05/2024", null));
        assertEquals("2020-01-05", one("يوم 5 كانون الثاني 2020", null));
        assertEquals("2018-10-02", one("في 2 تشرين الأول من عام 2018", null));
        assertEquals("2019", one("منذ عام 2019", null));
        assertEquals("2024-01", one("في يناير 2024", null));
    }

    @Test
    void yearlessDatesArePartialWithoutArticleDateAndNearestWithIt() {
        assertEquals("--11-28", one("في 28 نوفمبر", null));
        assertEquals("--01-03", one("في 3 يناير", null));
        assertEquals("2024-01-03", one("في 3 يناير", "2023-12-30"), "the nearest 3 January to the article");
        assertEquals("2023-12-28", one("في 28 ديسمبر", "2024-01-02"));
        assertEquals("--02", one("في شباط", null));
        assertEquals("2024-06-30", one("قبل 30 يونيو المقبل", "2023-10-15"));
        assertEquals("2023-06-30", one("في 30 يونيو", "2023-10-15"));
        assertEquals("2022-11-20", one("في 20 نوفمبر الماضي", "2023-10-15"));
    }

    @Test
    void hijriDatesConvertWithUmmAlQura() {
        assertEquals("2024-03-11", one("بدأ الصيام 1 رمضان 1445 هـ", null));
        assertEquals("2024-04-08", one("حتى 29 رمضان", "2024-03-20"));
        assertEquals("12 رمضان 1445 هـ", span("في 12 رمضان 1445 هـ."));
        assertEquals("العام الماضى", span("مقارنة بالعام الماضى"));
        assertTrue(dates("صام شهر رمضان", null).isEmpty(), "a month name alone is not a date");
    }

    @Test
    void relativeDatesResolveAgainstTheArticleDate() {
        assertEquals("2024-04-11", one("وقع أمس", "2024-04-12"));
        assertEquals("2024-04-10", one("وقع أول أمس", "2024-04-12"));
        assertEquals("2024-04-13", one("يصل غداً", "2024-04-12"));
        assertEquals("2024-04-09", one("الثلاثاء الماضي", "2024-04-12"), "2024-04-12 is a Friday");
        assertEquals("2024-04-16", one("الثلاثاء المقبل", "2024-04-12"));
        assertEquals("2024-04-09", one("أعلن الثلاثاء", "2024-04-12"));
        assertEquals("2024-W16", one("الأسبوع المقبل", "2024-04-12"));
        assertEquals("2024-03", one("الشهر الماضي", "2024-04-12"));
        assertEquals("2023", one("العام الماضي", "2024-04-12"));
        assertEquals("2023", one("مقارنة بالعام الماضى", "2024-04-12"));
        assertEquals("2024-03", one("في مارس الماضي", "2024-04-12"));
        assertEquals("2023-11-28", one("اليوم الثلاثاء", "2023-11-28"));
        assertEquals("2023-11-27", one("يوم أمس الاثنين", "2023-11-28"));
    }

    @Test
    void relativeDatesWithoutArticleDateHaveNoValue() {
        assertEquals(null, one("وقع أمس", null));
        assertEquals(null, one("الخميس الماضي", null));
    }

    @Test
    void nonDates() {
        assertTrue(dates("أدى صلاة الجمعة في المسجد", "2024-04-12").isEmpty());
        assertTrue(dates("مارس الرياضة يوميا", null).isEmpty());
        assertTrue(dates("اليوم الوطني السعودي", "2024-04-12").isEmpty());
    }
}
