package org.marsad.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import org.marsad.store.summary.ContentTerms;
import org.marsad.store.summary.DocumentFrequencies;
import org.marsad.store.summary.SentenceUnits;
import org.marsad.store.summary.Summarizer;
import org.marsad.store.summary.SummaryConfig;
import org.marsad.store.summary.SummarySentence;

/**
 * {@code GET /api/articles/{id}}: the stored article and its annotations (entities, quotes with
 * speakers, claims, dates; offsets into its body) as the archive keeps them, its near-duplicate
 * copies, and an extractive summary.
 */
final class ArticleApi {
    /** Share of the article's words a summary keeps at most, and the most words it keeps. */
    private static final int SUMMARY_PART = 4;
    private static final int SUMMARY_MAX_WORDS = 80;

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
        o.set("summary", summary(a.article().body()));
        Json.send(ctx, o);
    }

    /** The extractive summary's sentences with their offsets into the body (as {@code marsad summarize}). */
    private static ArrayNode summary(String body) {
        // a lone article has no archive behind it here: its own lines serve as the documents for IDF
        DocumentFrequencies df = new DocumentFrequencies();
        for (String line : body.split("\n")) {
            if (!line.isBlank()) {
                df.add(ContentTerms.of(line));
            }
        }
        int budget = Math.min(SUMMARY_MAX_WORDS, Math.max(1, SentenceUnits.words(body) / SUMMARY_PART));
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (SummarySentence x : new Summarizer(SummaryConfig.DEFAULT, df).summarize(body, budget).sentences()) {
            out.addObject().put("start", x.start()).put("end", x.end()).put("text", x.text());
        }
        return out;
    }
}
