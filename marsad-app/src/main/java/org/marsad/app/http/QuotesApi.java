package org.marsad.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import org.marsad.store.query.ClaimHit;
import org.marsad.store.query.Page;
import org.marsad.store.query.QuoteHit;

/** {@code GET /api/quotes?speaker=&q=} and {@code GET /api/claims?claimant=&q=}: pages of quotes and claimed figures, newest first. */
final class QuotesApi {
    private final ArchiveService archive;

    QuotesApi(ArchiveService archive) {
        this.archive = archive;
    }

    void quotes(Context ctx) throws IOException {
        int size = QueryParams.integer(ctx, "size", 20, 1, 100);
        int page = QueryParams.integer(ctx, "page", 1, 1, 100);
        Page<QuoteHit> p = archive.queries().quotes(QueryParams.text(ctx, "speaker"), QueryParams.text(ctx, "q"),
                (page - 1) * size, size);
        ObjectNode root = pageJson(p, page, size);
        ArrayNode list = root.putArray("quotes");
        p.items().forEach(q -> list.add(AnnotationJson.quote(q)));
        Json.send(ctx, root);
    }

    void claims(Context ctx) throws IOException {
        int size = QueryParams.integer(ctx, "size", 20, 1, 100);
        int page = QueryParams.integer(ctx, "page", 1, 1, 100);
        Page<ClaimHit> p = archive.queries().claims(QueryParams.text(ctx, "claimant"), QueryParams.text(ctx, "q"),
                (page - 1) * size, size);
        ObjectNode root = pageJson(p, page, size);
        ArrayNode list = root.putArray("claims");
        p.items().forEach(c -> list.add(AnnotationJson.claim(c)));
        Json.send(ctx, root);
    }

    private static ObjectNode pageJson(Page<?> p, int page, int size) {
        return Json.object().put("page", page).put("size", size).put("articles", p.articles()).put("more", p.more());
    }
}
