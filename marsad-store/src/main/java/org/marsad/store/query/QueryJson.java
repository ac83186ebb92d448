package org.marsad.store.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.marsad.store.search.EntityCount;

/**
 * JSON shapes of the query views, shared by the CLI's {@code --json} and the HTTP API, built by
 * hand so the wire format does not follow refactorings of the records. Dates are ISO strings.
 */
public final class QueryJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private QueryJson() {}

    public static ObjectNode article(ArticleView a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", a.id()).put("source", a.source()).put("url", a.url()).put("title", a.title())
                .put("date", date(a.published())).put("author", a.author()).put("body", a.body())
                .put("near_duplicate_of", a.nearDuplicateOf());
        o.set("annotations", a.annotations());
        return o;
    }

    public static ObjectNode entity(EntitySummary e) {
        return JSON.createObjectNode().put("type", e.type()).put("key", e.key()).put("name", e.name())
                .put("articles", e.articles()).put("mentions", e.mentions());
    }

    public static ObjectNode entityCount(EntityCount e) {
        return JSON.createObjectNode().put("type", e.type()).put("key", e.key()).put("name", e.name()).put("articles", e.count());
    }

    public static ObjectNode profile(EntityProfile p) {
        ObjectNode o = JSON.createObjectNode();
        o.put("name", p.name());
        ArrayNode keys = o.putArray("keys");
        p.keys().forEach(keys::add);
        ObjectNode types = o.putObject("types");
        p.types().forEach(types::put);
        o.put("articles", p.articles()).put("mentions", p.mentions());
        ArrayNode tl = o.putArray("timeline");
        p.timeline().forEach(d -> tl.addObject().put("day", d.day().toString()).put("articles", d.articles())
                .put("mentions", d.mentions()));
        o.set("cooccurring", array(p.cooccurring(), QueryJson::entityCount));
        o.set("quotes_by", array(p.quotesBy(), QueryJson::quote));
        o.set("quotes_about", array(p.quotesAbout(), QueryJson::quote));
        o.set("claims_by", array(p.claimsBy(), QueryJson::claim));
        return o;
    }

    public static ObjectNode quote(QuoteHit q) {
        return JSON.createObjectNode().put("article", q.articleId()).put("title", q.title()).put("source", q.source())
                .put("date", date(q.published())).put("text", q.text()).put("start", q.start()).put("end", q.end())
                .put("direct", q.direct()).put("cue", q.cue()).put("speaker", q.speaker()).put("role", q.speakerRole());
    }

    public static ObjectNode claim(ClaimHit c) {
        return JSON.createObjectNode().put("article", c.articleId()).put("title", c.title()).put("source", c.source())
                .put("date", date(c.published())).put("text", c.text()).put("start", c.start()).put("end", c.end())
                .put("value", c.value()).put("unit", c.unit()).put("kind", c.kind()).put("qualifier", c.qualifier())
                .put("claimant", c.claimant()).put("subject", c.subject()).put("sentence", c.sentence());
    }

    /** A page: {"items": [...], "articles": n, "more": bool}. */
    public static <T> ObjectNode page(Page<T> page, Function<T, ObjectNode> item) {
        ObjectNode o = JSON.createObjectNode();
        o.set("items", array(page.items(), item));
        o.put("articles", page.articles()).put("more", page.more());
        return o;
    }

    public static <T> ArrayNode array(List<T> items, Function<T, ObjectNode> item) {
        ArrayNode a = JSON.createArrayNode();
        items.forEach(x -> a.add(item.apply(x)));
        return a;
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
