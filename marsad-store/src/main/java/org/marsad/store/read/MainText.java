package org.marsad.store.read;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the article text of a news page: drops scripts, styles, forms, navigation, headers,
 * footers, asides and elements whose class or id names them as menus, ads, share bars, comments
 * or related links; then takes the marked-up article body ({@code itemprop=articleBody}, else the
 * {@code <article>} with most text), else the element whose paragraphs hold the most text.
 */
final class MainText {
    private static final String NOISE_TAGS = "script, style, noscript, template, iframe, svg, canvas, form, button, "
            + "select, input, textarea, nav, aside, menu, dialog, object, embed";
    private static final String NOISE_ROLES = "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
            + "[role=search], [aria-hidden=true]";
    private static final Pattern NOISE_NAME = Pattern.compile(
            "(?i)(^|[-_\\s])(nav|navbar|menu|sidebar|side|footer|header|masthead|breadcrumbs?|ads?|adv|advert\\w*|"
                    + "banner|sponsor\\w*|promo\\w*|share|sharing|social|related|comments?|cookie\\w*|popup|modal|"
                    + "newsletter|subscribe|widget|tags|most-read|trending|outbrain|taboola)([-_\\s]|$)");

    private MainText() {}

    /** The main text of the page, or "" when it has none. Modifies {@code doc}. */
    static String extract(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        body.select(NOISE_TAGS).remove();
        body.select(NOISE_ROLES).remove();
        body.select("header, footer").forEach(e -> {
            if (e.closest("article") == null) {
                e.remove(); // the page's header and footer; an article's own header holds its title
            }
        });
        removeNamedNoise(body);
        Element main = pick(body);
        return HtmlText.of(main);
    }

    private static void removeNamedNoise(Element body) {
        int total = Math.max(1, paragraphChars(body));
        for (Element e : body.getAllElements()) {
            if (e == body || e.parent() == null) {
                continue;
            }
            String name = e.className() + " " + e.id();
            if (name.isBlank() || !NOISE_NAME.matcher(name).find()) {
                continue;
            }
            // a wrapper named e.g. "has-sidebar" that holds the article itself must stay
            if (!e.select("article, [itemprop=articleBody]").isEmpty() || paragraphChars(e) * 10 > total * 4) {
                continue;
            }
            e.remove();
        }
    }

    private static Element pick(Element body) {
        Elements marked = body.select("[itemprop=articleBody]");
        if (!marked.isEmpty()) {
            return largest(marked);
        }
        Elements articles = body.select("article");
        if (!articles.isEmpty()) {
            Element a = largest(articles);
            if (a.text().length() > 0) {
                return a;
            }
        }
        Map<Element, Integer> score = new HashMap<>();
        for (Element p : body.select("p")) {
            int len = p.text().length();
            Element parent = p.parent();
            if (parent != null) {
                score.merge(parent, len, Integer::sum);
                Element grand = parent.parent();
                if (grand != null) {
                    score.merge(grand, len / 2, Integer::sum);
                }
            }
        }
        Element best = body;
        int bestScore = 0;
        for (var e : score.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best;
    }

    private static Element largest(Elements es) {
        Element best = es.first();
        int bestLen = -1;
        for (Element e : es) {
            int len = e.text().length();
            if (len > bestLen) {
                best = e;
                bestLen = len;
            }
        }
        return best;
    }

    private static int paragraphChars(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }
}
