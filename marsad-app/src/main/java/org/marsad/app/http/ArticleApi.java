package org.marsad.app.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;

/**
 * {@code GET /api/articles/{id}}: the stored article and its annotations (entities, quotes with
 * speakers, claims, dates; offsets into its body) as the archive keeps them.
 */
final class ArticleApi {
    private final ArchiveService archive;

    ArticleApi(ArchiveService archive) {
        this.archive = archive;
    }

    void handle(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        if (id.length() > 200) {
            throw ApiException.badParameter("id", "id is longer than 200 characters");
        }
        ArchiveService.AnnotatedArticle a = archive.article(id);
        if (a == null) {
            throw new ApiException(404, "no article with id " + id, "id");
        }
        ObjectNode o = Json.article(a.article());
        o.set("annotations", a.annotations());
        o.set("copies", Json.MAPPER.valueToTree(archive.copiesOf(id).stream().map(Json::hit).toList()));
        Json.send(ctx, o);
    }
}
