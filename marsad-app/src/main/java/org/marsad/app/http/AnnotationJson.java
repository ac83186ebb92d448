package org.marsad.app.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.marsad.store.query.ClaimHit;
import org.marsad.store.query.DayCount;
import org.marsad.store.query.EntitySummary;
import org.marsad.store.search.EntityCount;
import org.marsad.store.query.QuoteHit;

/** JSON shapes of the store's quote, claim and entity views (snake_case keys, dates as ISO text). */
final class AnnotationJson {
    private AnnotationJson() {}

    static ObjectNode quote(QuoteHit q) {
        return Json.object().put("article_id", q.articleId()).put("title", q.title()).put("source", q.source())
                .put("date", q.published() == null ? null : q.published().toString()).put("text", q.text())
                .put("start", q.start()).put("end", q.end()).put("direct", q.direct()).put("cue", q.cue())
                .put("speaker", q.speaker()).put("speaker_role", q.speakerRole());
    }

    static ObjectNode claim(ClaimHit c) {
        return Json.object().put("article_id", c.articleId()).put("title", c.title()).put("source", c.source())
                .put("date", c.published() == null ? null : c.published().toString()).put("text", c.text())
                .put("start", c.start()).put("end", c.end()).put("value", c.value()).put("unit", c.unit())
                .put("kind", c.kind()).put("qualifier", c.qualifier()).put("claimant", c.claimant())
                .put("subject", c.subject()).put("sentence", c.sentence());
    }

    static ObjectNode entity(EntitySummary e) {
        return Json.object().put("type", e.type()).put("key", e.key()).put("name", e.name()).put("articles", e.articles())
                .put("mentions", e.mentions());
    }

    static ObjectNode entityCount(EntityCount e) {
        return Json.object().put("type", e.type()).put("key", e.key()).put("name", e.name()).put("count", e.count());
    }

    static ObjectNode day(DayCount d) {
        return Json.object().put("day", d.day().toString()).put("articles", d.articles()).put("mentions", d.mentions());
    }
}
