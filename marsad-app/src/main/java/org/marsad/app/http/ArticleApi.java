package org.marsad.app.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import org.marsad.app.cli.ExtractionJson;
import org.marsad.extract.pipeline.Extractor;
import org.marsad.store.article.Article;

/**
 * {@code GET /api/articles/{id}}: the stored article and its annotations (entities, quotes with
 * speakers, claims, dates; offsets into its body), found by running the extractors on the body.
 */
final class ArticleApi {
    private final ArchiveService archive;
    private final Extractor extractor;

    ArticleApi(ArchiveService archive, Extractor extractor) {
        this.archive = archive;
        this.extractor = extractor;
    }

    void handle(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        if (id.length() > 200) {
            throw ApiException.badParameter("id", "id is longer than 200 characters");
        }
        Article a = archive.article(id);
        if (a == null) {
            throw new ApiException(404, "no article with id " + id, "id");
        }
        ObjectNode o = Json.article(a);
        ObjectNode annotations;
        synchronized (extractor) {
            annotations = ExtractionJson.of(extractor.extract(a.body(), a.published()));
        }
        o.set("annotations", annotations);
        o.set("copies", Json.MAPPER.valueToTree(archive.searcher().copiesOf(id).stream().map(Json::hit).toList()));
        Json.send(ctx, o);
    }
}
