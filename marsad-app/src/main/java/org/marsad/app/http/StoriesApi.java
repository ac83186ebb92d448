package org.marsad.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.store.story.Story;
import org.marsad.store.story.StoryArticle;
import org.marsad.store.summary.Summarizer;
import org.marsad.store.summary.SummaryConfig;
import org.marsad.store.timeline.Timeline;

/**
 * {@code GET /api/stories?limit=&from=&to=}: the largest stories (those with an article in the day
 * range, when given) with their sources, time span, article titles, a timeline of articles by day
 * and an extractive summary over their first articles.
 */
final class StoriesApi {
    private static final ZoneOffset RIYADH = ZoneOffset.ofHours(3);
    /** A story summary reads at most this many articles (the first ones: the event as reported). */
    private static final int SUMMARY_ARTICLES = 20;
    private static final int SUMMARY_WORDS = 60;

    private final ArchiveService archive;

    StoriesApi(ArchiveService archive) {
        this.archive = archive;
    }

    void handle(Context ctx) throws IOException {
        int limit = QueryParams.integer(ctx, "limit", 20, 1, 200);
        LocalDate from = QueryParams.date(ctx, "from");
        LocalDate to = QueryParams.date(ctx, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.badParameter("to", "to " + to + " is before from " + from);
        }
        StoryCache cache = archive.stories();
        List<Story> matching = new ArrayList<>();
        for (Story s : cache.stories()) {
            if (inRange(s, cache.articles(), from, to)) {
                matching.add(s);
            }
        }
        Summarizer summarizer = new Summarizer(SummaryConfig.DEFAULT, cache.df());
        ObjectNode root = Json.object();
        root.put("articles", cache.articles().size()).put("total", matching.size());
        ArrayNode list = root.putArray("stories");
        for (Story s : matching.subList(0, Math.min(limit, matching.size()))) {
            ObjectNode o = list.addObject().put("id", s.id()).put("label", s.label()).put("size", s.size())
                    .put("first", day(s.first())).put("last", day(s.last()));
            s.sources().forEach(o.putArray("sources")::add);
            List<java.time.Instant> times = new ArrayList<>();
            List<String> bodies = new ArrayList<>();
            for (String id : s.articleIds()) {
                StoryArticle a = cache.articles().get(id);
                times.add(a.published());
                if (bodies.size() < SUMMARY_ARTICLES) {
                    bodies.add(a.body());
                }
            }
            o.put("summary", summarizer.summarize(bodies, SUMMARY_WORDS).text());
            ArrayNode timeline = o.putArray("timeline");
            Timeline.of(times, RIYADH).countsByDay().forEach((d, n) ->
                    timeline.addObject().put("day", d.toString()).put("articles", n));
            ArrayNode arts = o.putArray("articles");
            for (String id : s.articleIds().subList(0, Math.min(10, s.size()))) {
                StoryArticle a = cache.articles().get(id);
                arts.addObject().put("id", id).put("title", a.title()).put("source", a.source())
                        .put("date", day(a.published()));
            }
        }
        Json.send(ctx, root);
    }

    /** Whether one of the story's articles falls in [from, to] (either open when null). */
    private static boolean inRange(Story s, Map<String, StoryArticle> articles, LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return true;
        }
        for (String id : s.articleIds()) {
            LocalDate d = articles.get(id).published().atOffset(RIYADH).toLocalDate();
            if ((from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to))) {
                return true;
            }
        }
        return false;
    }

    private static String day(java.time.Instant t) {
        return t.atOffset(RIYADH).toLocalDate().toString();
    }
}
