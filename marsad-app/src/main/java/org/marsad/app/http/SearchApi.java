package org.marsad.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.marsad.store.search.QuerySyntaxException;
import org.marsad.store.search.SearchHit;
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
        String query = queryText(ctx);
        int size = QueryParams.integer(ctx, "size", 10, 1, MAX_SIZE);
        int page = QueryParams.integer(ctx, "page", 1, 1, MAX_DEPTH);
        if ((long) page * size > MAX_DEPTH) {
            throw ApiException.badParameter("page", "page * size must be at most " + MAX_DEPTH);
        }
        SearchResults r;
        try {
            r = archive.searcher().search(query, page * size, true);
        } catch (QuerySyntaxException e) {
            throw ApiException.badParameter("q", e.getMessage());
        }
        ObjectNode root = Json.object();
        root.put("query", query).put("total", r.totalHits()).put("page", page).put("size", size)
                .put("took_ms", Math.round(r.millis() * 100) / 100.0);
        ArrayNode hits = root.putArray("hits");
        List<SearchHit> all = r.hits();
        for (int i = (page - 1) * size; i < all.size(); i++) {
            hits.add(Json.hit(all.get(i)));
        }
        ObjectNode facets = root.putObject("facets");
        facets.set("source", Json.facet(r.bySource()));
        facets.set("month", Json.facet(r.byMonth()));
        Json.send(ctx, root);
    }

    /** The words of q plus each filter as the archive's query syntax. */
    static String queryText(Context ctx) {
        String q = QueryParams.text(ctx, "q");
        String source = QueryParams.text(ctx, "source");
        LocalDate from = QueryParams.date(ctx, "from");
        LocalDate to = QueryParams.date(ctx, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.badParameter("to", "to is before from");
        }
        StringBuilder sb = new StringBuilder();
        if (q != null) {
            sb.append('(').append(q).append(')');
        }
        if (source != null) {
            sb.append(" +source:").append(quoted("source", source));
        }
        if (from != null || to != null) {
            sb.append(" +date:").append(from == null ? "" : from).append("..").append(to == null ? "" : to);
        }
        for (String field : List.of("entity", "speaker")) {
            String v = QueryParams.text(ctx, field);
            if (v != null) {
                sb.append(" +").append(field).append(':').append(quoted(field, v));
            }
        }
        if (sb.isEmpty()) {
            throw ApiException.badParameter("q", "q is required (or a filter: source, from, to, entity, speaker)");
        }
        return sb.toString().strip();
    }

    private static String quoted(String parameter, String value) {
        if (value.indexOf('"') >= 0 || value.indexOf('\\') >= 0) {
            throw ApiException.badParameter(parameter, parameter + " must not contain \" or \\");
        }
        return '"' + value + '"';
    }
}
