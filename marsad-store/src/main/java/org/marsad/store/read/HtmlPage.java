package org.marsad.store.read;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.marsad.store.article.Article;

/**
 * Turns one saved news page (bytes as stored) into an article: decodes it (the page's declared
 * charset is a hint, detection decides), reads title, url, date and author from meta tags, and
 * the body with {@link MainText}. Shared by the html and warc readers.
 */
final class HtmlPage {
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final List<String> DATE_META = List.of(
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[itemprop=datePublished]", "meta[property=og:published_time]", "meta[name=pubdate]",
            "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=date]", "meta[name=DC.date.issued]",
            "meta[name=dc.date]", "meta[name=parsely-pub-date]", "meta[name=sailthru.date]");

    private HtmlPage() {}

    /**
     * @param charsetHint a charset named outside the page (HTTP header), or null
     * @param pageUrl     where the page came from (WARC target), or null
     * @param fallbackSource source when the page has no url
     */
    static Article read(byte[] bytes, String charsetHint, String pageUrl, String fallbackSource) throws BadInputException {
        String hint = charsetHint != null ? charsetHint : declaredCharset(bytes);
        String html = TextDecoder.decode(bytes, hint);
        Document doc = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
        String title = title(doc);
        String url = firstNonBlank(attr(doc, "link[rel=canonical]", "href"), meta(doc, "meta[property=og:url]"), pageUrl);
        LocalDate published = published(doc);
        String author = author(doc);
        String body = MainText.extract(doc);
        if (body.isBlank()) {
            throw new BadInputException("no article text in the page (nothing left after dropping menus, ads and scripts)");
        }
        String host = host(url);
        return Article.of(host != null ? host : fallbackSource, url, title, published, body, author);
    }

    private static String declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static String title(Document doc) {
        String og = meta(doc, "meta[property=og:title]");
        if (og != null) {
            return og;
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text();
        }
        String t = doc.title();
        if (t.isBlank()) {
            return null;
        }
        // "headline | Site name": the longest part is the headline
        String best = t;
        for (String part : t.split("\\s[|\\-–—]\\s")) {
            if (part.strip().length() > 0 && (best == t || part.strip().length() > best.length())) {
                best = part.strip();
            }
        }
        return best;
    }

    private static LocalDate published(Document doc) {
        for (String sel : DATE_META) {
            LocalDate d = DateParser.parse(meta(doc, sel));
            if (d != null) {
                return d;
            }
        }
        Element time = doc.selectFirst("[itemprop=datePublished][datetime], time[datetime]");
        return time == null ? null : DateParser.parse(time.attr("datetime"));
    }

    private static String author(Document doc) {
        String a = meta(doc, "meta[name=author]");
        if (a != null) {
            return a;
        }
        a = meta(doc, "meta[property=article:author]");
        if (a != null && !a.startsWith("http")) {
            return a;
        }
        Element e = doc.selectFirst("[itemprop=author], [rel=author]");
        return e == null || e.text().isBlank() ? null : e.text();
    }

    private static String meta(Document doc, String selector) {
        return attr(doc, selector, "content");
    }

    private static String attr(Document doc, String selector, String attr) {
        Element e = doc.selectFirst(selector);
        if (e == null) {
            return null;
        }
        String v = e.attr(attr).strip();
        return v.isEmpty() ? null : v;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /** The host of a url without "www.", or null. */
    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String h = URI.create(url.strip().replace(" ", "%20")).getHost();
            if (h == null) {
                return null;
            }
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
