package org.marsad.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.ZoneOffset;
import org.marsad.store.story.Story;
import org.marsad.store.story.StoryArticle;

/** {@code GET /api/stories?limit=}: the largest stories with their sources, time span and article titles. */
final class StoriesApi {
    private final ArchiveService archive;

    StoriesApi(ArchiveService archive) {
        this.archive = archive;
    }

    void handle(Context ctx) throws IOException {
        int limit = QueryParams.integer(ctx, "limit", 20, 1, 200);
        StoryCache cache = archive.stories();
        ObjectNode root = Json.object();
        root.put("articles", cache.articles().size()).put("total", cache.stories().size());
        ArrayNode list = root.putArray("stories");
        for (Story s : cache.stories().subList(0, Math.min(limit, cache.stories().size()))) {
            ObjectNode o = list.addObject().put("id", s.id()).put("label", s.label()).put("size", s.size())
                    .put("first", s.first().atOffset(ZoneOffset.ofHours(3)).toLocalDate().toString())
                    .put("last", s.last().atOffset(ZoneOffset.ofHours(3)).toLocalDate().toString());
            s.sources().forEach(o.putArray("sources")::add);
            ArrayNode arts = o.putArray("articles");
            for (String id : s.articleIds().subList(0, Math.min(10, s.size()))) {
                StoryArticle a = cache.articles().get(id);
                arts.addObject().put("id", id).put("title", a.title()).put("source", a.source())
                        .put("date", a.published().atOffset(ZoneOffset.ofHours(3)).toLocalDate().toString());
            }
        }
        Json.send(ctx, root);
    }
}
