package org.marsad.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Locale;
import org.marsad.store.index.ArchiveSchema;
import org.marsad.store.query.EntityProfile;
import org.marsad.store.query.QueryJson;

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
        archive.entities().entities(type == null ? null : type.toUpperCase(Locale.ROOT), QueryParams.text(ctx, "q"), limit)
                .forEach(e -> list.add(QueryJson.entity(e)));
        Json.send(ctx, root);
    }

    void profile(Context ctx) throws IOException {
        String name = ctx.pathParam("canonical").strip();
        if (name.isEmpty() || name.length() > QueryParams.MAX_TEXT) {
            throw ApiException.badParameter("canonical", "canonical must be 1.." + QueryParams.MAX_TEXT + " characters");
        }
        int limit = QueryParams.integer(ctx, "limit", 20, 1, 100);
        EntityProfile p = archive.entities().entity(name, limit);
        if (p == null) {
            throw new ApiException(404, "no entity named " + name, "canonical");
        }
        Json.send(ctx, QueryJson.profile(p));
    }
}
