package org.marsad.store.read;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.marsad.store.article.Article;

/**
 * RSS 2.0 ({@code <item>}) and Atom ({@code <entry>}) files: one article per item, its body the
 * full content when the feed carries it ({@code content:encoded}, Atom {@code content}), else the
 * description or summary, as text. The source is the host of the channel's link, else the feed
 * title, else the file name. An item without text is rejected with its position in the feed.
 */
public final class FeedReader implements ArticleReader {
    @Override
    public void read(Path file, ReadSink sink) {
        Document doc;
        try {
            byte[] bytes = FileBytes.read(file);
            sink.progress(bytes.length);
            doc = Jsoup.parse(TextDecoder.decode(bytes, null), "", Parser.xmlParser());
        } catch (BadInputException e) {
            sink.reject(new Rejection(file, 0, e.getMessage()));
            return;
        }
        Element rss = doc.selectFirst("rss > channel, rdf|RDF > channel, channel");
        Element atom = doc.selectFirst("feed");
        if (rss != null) {
            readRss(file, doc, rss, sink);
        } else if (atom != null) {
            readAtom(file, atom, sink);
        } else {
            sink.reject(new Rejection(file, 0, "not an RSS or Atom feed (no <channel> or <feed> element)"));
        }
    }

    private static void readRss(Path file, Document doc, Element channel, ReadSink sink) {
        String source = feedSource(file, child(channel, "link"), child(channel, "title"));
        int n = 0;
        for (Element item : doc.select("item")) {
            n++;
            String body = firstNonBlank(child(item, "content:encoded"), child(item, "description"));
            String author = firstNonBlank(child(item, "dc:creator"), child(item, "author"));
            emit(file, n, source, child(item, "link"), child(item, "title"),
                    firstNonBlank(child(item, "pubDate"), child(item, "dc:date")), body, author, sink);
        }
        if (n == 0) {
            sink.reject(new Rejection(file, 0, "RSS feed without items"));
        }
    }

    private static void readAtom(Path file, Element feed, ReadSink sink) {
        String source = feedSource(file, atomLink(feed), child(feed, "title"));
        int n = 0;
        for (Element entry : feed.select("> entry")) {
            n++;
            Element authorName = entry.selectFirst("author > name");
            emit(file, n, source, atomLink(entry), child(entry, "title"),
                    firstNonBlank(child(entry, "published"), child(entry, "updated")),
                    firstNonBlank(child(entry, "content"), child(entry, "summary")),
                    authorName == null ? null : authorName.text(), sink);
        }
        if (n == 0) {
            sink.reject(new Rejection(file, 0, "Atom feed without entries"));
        }
    }

    private static void emit(Path file, int n, String source, String link, String title, String date, String html,
            String author, ReadSink sink) {
        String body = html == null ? "" : HtmlText.of(Jsoup.parseBodyFragment(html).body());
        if (body.isBlank()) {
            sink.reject(new Rejection(file, n, "feed item " + n + " has no text (no description or content)"));
            return;
        }
        String titleText = title == null ? null : Jsoup.parseBodyFragment(title).text();
        sink.article(Article.of(source, link, titleText, DateParser.parse(date), body, author), file + "#item" + n);
    }

    private static String feedSource(Path file, String link, String title) {
        String host = HtmlPage.host(link);
        if (host != null) {
            return host;
        }
        return title != null && !title.isBlank() ? title.strip() : FileBytes.stem(file);
    }

    private static String atomLink(Element parent) {
        for (Element l : parent.select("> link")) {
            String rel = l.attr("rel");
            if (rel.isEmpty() || rel.equals("alternate")) {
                return l.attr("href");
            }
        }
        return null;
    }

    /** Text of the first direct child with that tag (CDATA included), or null. */
    private static String child(Element parent, String tag) {
        for (Element c : parent.children()) {
            if (c.tagName().equalsIgnoreCase(tag)) {
                String t = c.text();
                return t.isBlank() ? null : t.strip();
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
