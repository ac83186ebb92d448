package org.marsad.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.marsad.extract.claim.Claim;
import org.marsad.extract.date.DateMention;
import org.marsad.extract.doc.Doc;
import org.marsad.extract.link.Entity;
import org.marsad.extract.link.Mention;
import org.marsad.extract.quote.Quote;
import org.marsad.extract.quote.Speaker;

/**
 * The {@code marsad analyze --json} contract: one object with "entities", "quotes", "claims" and
 * "dates"; every span's "text" is the input's substring at [start, end).
 */
final class ExtractionJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractionJson() {}

    static ObjectNode of(Doc doc) {
        String text = doc.text();
        ObjectNode root = JSON.createObjectNode();
        ArrayNode es = root.putArray("entities");
        for (Mention m : doc.mentions()) {
            Entity e = doc.entities().get(m.entity());
            ObjectNode o = es.addObject().put("text", m.text(text)).put("type", m.type()).put("start", m.start())
                    .put("end", m.end()).put("canonical", e.canonical()).put("entity", e.id());
            o.put("role", e.role());
        }
        ArrayNode qs = root.putArray("quotes");
        for (Quote q : doc.quotes()) {
            ObjectNode o = qs.addObject().put("text", q.text(text)).put("start", q.start()).put("end", q.end())
                    .put("direct", q.direct()).put("cue", q.cue(text));
            Speaker s = q.speaker();
            if (s == null) {
                o.putNull("speaker");
            } else {
                ObjectNode so = o.putObject("speaker").put("text", s.text(text)).put("start", s.start()).put("end", s.end())
                        .put("canonical", s.canonical());
                if (s.entity() >= 0) {
                    so.put("entity", s.entity()).put("role", doc.entities().get(s.entity()).role());
                }
            }
        }
        ArrayNode cs = root.putArray("claims");
        for (Claim c : doc.claims()) {
            ObjectNode o = cs.addObject().put("text", c.text(text)).put("start", c.start()).put("end", c.end())
                    .put("value", c.value()).put("unit", c.unit().name()).put("qualifier", c.qualifier())
                    .put("kind", c.unit().kind().name());
            if (c.unit().currency() != null) {
                o.put("currency", c.unit().currency());
            }
            if (c.claimant() == null) {
                o.putNull("claimant");
            } else {
                o.putObject("claimant").put("text", c.claimant().text(text)).put("canonical", c.claimant().canonical());
            }
            if (c.subjectStart() >= 0) {
                o.putObject("subject").put("text", c.subject(text)).put("start", c.subjectStart()).put("end", c.subjectEnd());
            } else {
                o.putNull("subject");
            }
        }
        ArrayNode ds = root.putArray("dates");
        for (DateMention d : doc.dates()) {
            ds.addObject().put("text", d.text(text)).put("start", d.start()).put("end", d.end()).put("value", d.value())
                    .put("relative", d.relative());
        }
        return root;
    }

    static String write(Doc doc) throws com.fasterxml.jackson.core.JsonProcessingException {
        return JSON.writeValueAsString(of(doc));
    }
}
