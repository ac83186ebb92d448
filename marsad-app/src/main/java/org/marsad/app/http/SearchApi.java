package org.marsad.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import org.marsad.store.search.QuerySyntaxException;
import org.marsad.store.query.QueryJson;
import org.marsad.store.search.SearchFilters;
import org.marsad.store.search.SearchResults;

/** {@code GET /api/search}: the archive query with filters, one page of hits with snippet fragments, and facets. */
final class SearchApi {
    static final int MAX_SIZE = 100;
    /** Deeper pages cost a longer top-N; nobody reads past a thousand hits. */
    static final int MAX_DEPTH = 1000;

    private final ArchiveService archive;

    SearchApi(ArchiveService archive) {
        this.archive = archive;
    }

    void handle(Context ctx) throws IOException {
        String query = QueryParams.text(ctx, "q");
        SearchFilters filters = filters(ctx);
        int size = QueryParams.integer(ctx, "size", 10, 1, MAX_SIZE);
        int page = QueryParams.integer(ctx, "page", 1, 1, MAX_DEPTH);
        if ((long) page * size > MAX_DEPTH) {
            throw ApiException.badParameter("page", "page * size must be at most " + MAX_DEPTH);
        }
        SearchResults r;
        try {
            r = archive.search(query, filters, (page - 1) * size, size, true);
        } catch (QuerySyntaxException e) {
            throw ApiException.badParameter("q", e.getMessage());
        }
        ObjectNode root = Json.object();
        root.put("query", query == null ? "" : query).put("total", r.totalHits()).put("page", page).put("size", size)
                .put("took_ms", Math.round(r.millis() * 100) / 100.0);
        ArrayNode hits = root.putArray("hits");
        r.hits().forEach(h -> hits.add(Json.hit(h)));
        ObjectNode facets = root.putObject("facets");
        facets.set("source", Json.facet(r.bySource()));
        facets.set("month", Json.facet(r.byMonth()));
        ArrayNode entities = facets.putArray("entity");
        r.byEntity().forEach(e -> entities.add(QueryJson.entityCount(e)));
        Json.send(ctx, root);
    }

    /** The filter parameters; at least q or one filter is required. */
    static SearchFilters filters(Context ctx) {
        LocalDate from = QueryParams.date(ctx, "from");
        LocalDate to = QueryParams.date(ctx, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.badParameter("to", "to is before from");
        }
        SearchFilters f = new SearchFilters(QueryParams.text(ctx, "source"), from, to, QueryParams.text(ctx, "entity"),
                QueryParams.text(ctx, "speaker"));
        if (QueryParams.text(ctx, "q") == null && f.equals(SearchFilters.NONE)) {
            throw ApiException.badParameter("q", "q is required (or a filter: source, from, to, entity, speaker)");
        }
        return f;
    }
}
