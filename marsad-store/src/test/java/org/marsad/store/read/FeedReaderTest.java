package org.marsad.store.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.article.Article;

class FeedReaderTest {
    @TempDir
    Path dir;

    @Test
    void rss2Items() throws Exception {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel><title>أخبار اليوم</title><link>https://www.akhbar.example/</link>
                <item><title>ارتفاع أسعار الذهب</title><link>https://www.akhbar.example/gold</link>
                  <pubDate>Tue, 14 Jul 2015 08:00:00 +0300</pubDate><dc:creator>سارة أحمد</dc:creator>
                  <description><![CDATA[<p>ارتفعت أسعار الذهب <b>اليوم</b> في الأسواق العالمية.</p><p>وسجل المعدن الأصفر أعلى مستوى له.</p>]]></description>
                </item>
                <item><title>بلا نص</title><link>https://www.akhbar.example/empty</link></item>
                <item><title>مباراة القمة</title><link>https://www.akhbar.example/match</link>
                  <description>فاز الهلال على النصر بهدفين.</description></item>
                </channel></rss>
                """;
        Path f = Files.writeString(dir.resolve("feed.rss"), rss);
        CollectingSink s = new CollectingSink();
        new FeedReader().read(f, s);
        assertEquals(2, s.articles.size());
        Article a = s.articles.get(0);
        assertEquals("ارتفاع أسعار الذهب", a.title());
        assertEquals("akhbar.example", a.source());
        assertEquals("https://www.akhbar.example/gold", a.url());
        assertEquals(LocalDate.of(2015, 7, 14), a.published());
        assertEquals("سارة أحمد", a.author());
        assertEquals("ارتفعت أسعار الذهب اليوم في الأسواق العالمية.\n\nوسجل المعدن الأصفر أعلى مستوى له.", a.body());
        assertEquals(1, s.rejections.size());
        assertEquals(2, s.rejections.get(0).line());
        assertTrue(s.rejections.get(0).reason().contains("no text"));
    }

    @Test
    void atomEntries() throws Exception {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>مدونة الاقتصاد</title>
                  <link href="https://iqtisad.example/" rel="alternate"/>
                  <link href="https://iqtisad.example/feed.atom" rel="self"/>
                  <entry>
                    <title>البنك المركزي يرفع الفائدة</title>
                    <link href="https://iqtisad.example/rates" rel="alternate"/>
                    <published>2018-02-18T10:00:00Z</published>
                    <author><name>خالد</name></author>
                    <content type="html">&lt;p&gt;قرر البنك المركزي رفع سعر الفائدة ربع نقطة.&lt;/p&gt;</content>
                  </entry>
                  <entry>
                    <title>ملخص</title>
                    <link href="https://iqtisad.example/summary"/>
                    <updated>2018-03-01T00:00:00Z</updated>
                    <summary>تراجع التضخم في فبراير.</summary>
                  </entry>
                </feed>
                """;
        Path f = Files.writeString(dir.resolve("blog.atom"), atom);
        CollectingSink s = new CollectingSink();
        new FeedReader().read(f, s);
        assertEquals(0, s.rejections.size(), s.rejections::toString);
        assertEquals(2, s.articles.size());
        Article a = s.articles.get(0);
        assertEquals("iqtisad.example", a.source());
        assertEquals("https://iqtisad.example/rates", a.url());
        assertEquals("البنك المركزي يرفع الفائدة", a.title());
        assertEquals("قرر البنك المركزي رفع سعر الفائدة ربع نقطة.", a.body());
        assertEquals(LocalDate.of(2018, 2, 18), a.published());
        assertEquals("خالد", a.author());
        assertEquals(LocalDate.of(2018, 3, 1), s.articles.get(1).published());
    }

    @Test
    void xmlThatIsNoFeed() throws Exception {
        Path f = Files.writeString(dir.resolve("config.xml"), "<config><a>1</a></config>");
        CollectingSink s = new CollectingSink();
        new FeedReader().read(f, s);
        assertTrue(s.rejections.get(0).reason().startsWith("not an RSS or Atom feed"));
    }
}
