package org.marsad.store.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.article.Article;

class HtmlReaderTest {
    /** A news page with the usual clutter around the article. */
    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="ar" dir="rtl"><head>
            <meta charset="utf-8">
            <title>الحكومة تقر الموازنة الجديدة | صحيفة الوطن</title>
            <meta property="og:title" content="الحكومة تقر الموازنة الجديدة">
            <meta property="article:published_time" content="2015-07-14T09:30:00+03:00">
            <meta name="author" content="محمد علي">
            <link rel="canonical" href="https://www.alwatan.com/news/2015/07/14/budget">
            <script>var ads = "إعلان مخفي في سكربت";</script>
            <style>.x{color:red}</style>
            </head><body>
            <header><ul><li><a href="/">الرئيسية</a></li><li><a href="/sport">رياضة</a></li></ul></header>
            <nav class="main-menu"><a href="/a">سياسة</a> <a href="/b">اقتصاد</a></nav>
            <div class="page has-sidebar">
              <div class="ad-banner">اشترك الآن واحصل على خصم كبير</div>
              <div class="content">
                <h1>الحكومة تقر الموازنة الجديدة</h1>
                <p>أقر مجلس الوزراء اليوم الموازنة العامة للدولة للعام المقبل بإجمالي نفقات قدره تريليون ريال.</p>
                <p>وقال وزير المالية إن الموازنة تركز على الصحة والتعليم والبنية التحتية.</p>
                <div class="share-buttons"><a href="#">تويتر</a> <a href="#">فيسبوك</a></div>
                <p>وأشار إلى أن العجز المتوقع يبلغ نحو 12% من الناتج المحلي.</p>
              </div>
              <aside><h3>الأكثر قراءة</h3><p>خبر جانبي لا علاقة له بالمقال أبداً</p></aside>
            </div>
            <div id="comments"><p>تعليق من قارئ: مقال رائع</p></div>
            <footer>جميع الحقوق محفوظة ٢٠١٥</footer>
            </body></html>
            """;

    @TempDir
    Path dir;

    private CollectingSink read(String name, byte[] bytes) throws Exception {
        Path f = Files.createDirectories(dir.resolve("saved")).resolve(name);
        Files.write(f, bytes);
        CollectingSink s = new CollectingSink();
        new HtmlReader().read(f, s);
        return s;
    }

    @Test
    void extractsMainTextAndMetadata() throws Exception {
        CollectingSink s = read("page.html", PAGE.getBytes(StandardCharsets.UTF_8));
        assertEquals(0, s.rejections.size(), s.rejections::toString);
        Article a = s.articles.get(0);
        assertEquals("الحكومة تقر الموازنة الجديدة", a.title());
        assertEquals(LocalDate.of(2015, 7, 14), a.published());
        assertEquals("محمد علي", a.author());
        assertEquals("https://www.alwatan.com/news/2015/07/14/budget", a.url());
        assertEquals("alwatan.com", a.source());
        String body = a.body();
        assertTrue(body.contains("أقر مجلس الوزراء اليوم الموازنة العامة"), body);
        assertTrue(body.contains("وقال وزير المالية"), body);
        assertTrue(body.contains("نحو 12% من الناتج المحلي"), body);
        for (String noise : new String[] {"إعلان مخفي", "color:red", "الرئيسية", "سياسة", "اشترك الآن", "تويتر",
                "خبر جانبي", "تعليق من قارئ", "جميع الحقوق"}) {
            assertFalse(body.contains(noise), "kept noise «" + noise + "» in: " + body);
        }
        assertTrue(body.contains("\n\n"), "paragraphs stay apart");
    }

    @Test
    void pageWithoutTextIsRejected() throws Exception {
        String html = "<html><head><title>الرئيسية</title><script>x()</script></head><body>"
                + "<nav><a href='/'>الرئيسية</a><a href='/x'>أخبار</a></nav><div class='menu'><a href='/y'>رياضة</a></div>"
                + "</body></html>";
        CollectingSink s = read("empty.html", html.getBytes(StandardCharsets.UTF_8));
        assertEquals(0, s.articles.size());
        assertTrue(s.rejections.get(0).reason().startsWith("no article text"), s.rejections.get(0).reason());
    }

    @Test
    void windows1256PageWithDeclaredCharset() throws Exception {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">"
                + "<title>خبر قديم</title></head><body><p>نشر هذا الخبر على موقع قديم بترميز عربي.</p></body></html>";
        CollectingSink s = read("old.htm", html.getBytes(Charset.forName("windows-1256")));
        assertEquals(0, s.rejections.size(), s.rejections::toString);
        assertEquals("نشر هذا الخبر على موقع قديم بترميز عربي.", s.articles.get(0).body());
        assertEquals("خبر قديم", s.articles.get(0).title());
        assertEquals("saved", s.articles.get(0).source(), "no url: the folder");
    }
}
