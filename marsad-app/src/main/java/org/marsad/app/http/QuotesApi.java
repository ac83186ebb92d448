package org.marsad.app.http;

import io.javalin.http.Context;
import java.io.IOException;
import org.marsad.store.query.ClaimHit;
import org.marsad.store.query.Page;
import org.marsad.store.query.QueryJson;
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
        Page<QuoteHit> p = archive.lists().quotes(QueryParams.text(ctx, "speaker"), QueryParams.text(ctx, "q"),
                (page - 1) * size, size);
        Json.send(ctx, QueryJson.page(p, QueryJson::quote).put("page", page).put("size", size));
    }

    void claims(Context ctx) throws IOException {
        int size = QueryParams.integer(ctx, "size", 20, 1, 100);
        int page = QueryParams.integer(ctx, "page", 1, 1, 100);
        Page<ClaimHit> p = archive.lists().claims(QueryParams.text(ctx, "claimant"), QueryParams.text(ctx, "q"),
                (page - 1) * size, size);
        Json.send(ctx, QueryJson.page(p, QueryJson::claim).put("page", page).put("size", size));
    }
}
