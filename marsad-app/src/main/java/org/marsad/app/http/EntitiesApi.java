package org.marsad.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Locale;
import org.marsad.store.index.ArchiveSchema;
import org.marsad.store.query.EntityProfile;

/**
 * {@code GET /api/entities?type=&q=&limit=} (the most named entities) and
 * {@code GET /api/entities/{canonical}} (one entity: mentions by day, company, quotes by and about it).
 */
final class EntitiesApi {
    private final ArchiveService archive;

    EntitiesApi(ArchiveService archive) {
        this.archive = archive;
    }

    void list(Context ctx) throws IOException {
        String type = QueryParams.text(ctx, "type");
        if (type != null && !ArchiveSchema.ENTITY_TYPES.contains(type.toUpperCase(Locale.ROOT))) {
            throw ApiException.badParameter("type", "type must be one of " + String.join(", ", ArchiveSchema.ENTITY_TYPES));
        }
        int limit = QueryParams.integer(ctx, "limit", 50, 1, 500);
        ObjectNode root = Json.object();
        ArrayNode list = root.putArray("entities");
        archive.queries().entities(type == null ? null : type.toUpperCase(Locale.ROOT), QueryParams.text(ctx, "q"), limit)
                .forEach(e -> list.add(AnnotationJson.entity(e)));
        Json.send(ctx, root);
    }

    void profile(Context ctx) throws IOException {
        String name = ctx.pathParam("canonical").strip();
        if (name.isEmpty() || name.length() > QueryParams.MAX_TEXT) {
            throw ApiException.badParameter("canonical", "canonical must be 1.." + QueryParams.MAX_TEXT + " characters");
        }
        int limit = QueryParams.integer(ctx, "limit", 20, 1, 100);
        EntityProfile p = archive.queries().entity(name, limit);
        if (p == null) {
            throw new ApiException(404, "no entity named " + name, "canonical");
        }
        ObjectNode o = Json.object().put("name", p.name()).put("articles", p.articles()).put("mentions", p.mentions());
        p.keys().forEach(o.putArray("keys")::add);
        ObjectNode types = o.putObject("types");
        p.types().forEach(types::put);
        p.timeline().forEach(d -> o.withArray("timeline").add(AnnotationJson.day(d)));
        o.withArray("timeline");
        ArrayNode company = o.putArray("cooccurring");
        p.cooccurring().forEach(e -> company.add(AnnotationJson.entityCount(e)));
        ArrayNode by = o.putArray("quotes_by");
        p.quotesBy().forEach(q -> by.add(AnnotationJson.quote(q)));
        ArrayNode about = o.putArray("quotes_about");
        p.quotesAbout().forEach(q -> about.add(AnnotationJson.quote(q)));
        ArrayNode claims = o.putArray("claims_by");
        p.claimsBy().forEach(c -> claims.add(AnnotationJson.claim(c)));
        Json.send(ctx, o);
    }
}
