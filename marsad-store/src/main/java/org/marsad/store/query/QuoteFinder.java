package org.marsad.store.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.apache.lucene.search.Query;
import org.marsad.store.index.ArchiveSchema;
import org.marsad.store.search.AnnotationFilters;

/**
 * Finds quotes by speaker and words, newest articles first: the index narrows the articles (the
 * speaker and quote fields), then each quote of those articles is checked itself, so a quote is
 * listed only when its own speaker and its own words match.
 */
final class QuoteFinder {
    private final ArticleSource articles;
    private final AnnotationPager pager;

    QuoteFinder(ArticleSource articles) {
        this.articles = articles;
        this.pager = new AnnotationPager(articles);
    }

    Page<QuoteHit> find(String speaker, String words, int offset, int limit, int maxArticles) throws IOException {
        NameMatcher who = new NameMatcher(speaker);
        WordMatcher what = new WordMatcher(words);
        Query narrow = AnnotationFilters.annotated(ArchiveSchema.QUOTE,
                who.isEmpty() ? null : AnnotationFilters.speaker(articles::hasTerm, speaker.strip()), what.isEmpty() ? null : words);
        return collect(narrow, offset, limit, maxArticles, (a, q) -> (who.isEmpty() || who.matches(speakerName(q)))
                && what.matches(q.path("text").asText()));
    }

    /** Quotes in the articles of {@code query} that {@code keep} accepts, newest first. */
    Page<QuoteHit> collect(Query query, int offset, int limit, int maxArticles, QuoteTest keep) throws IOException {
        return pager.page(query, "quotes", offset, limit, maxArticles, (a, q) -> keep.test(a, q) ? hit(a, q) : null);
    }

    static String speakerName(JsonNode quote) {
        JsonNode s = quote.get("speaker");
        return s == null || s.isNull() ? null : s.path("canonical").asText(null);
    }

    static QuoteHit hit(ArticleView a, JsonNode q) {
        JsonNode s = q.get("speaker");
        boolean has = s != null && !s.isNull();
        return new QuoteHit(a.id(), a.title(), a.source(), a.published(), q.path("text").asText(), q.path("start").asInt(),
                q.path("end").asInt(), q.path("direct").asBoolean(), q.path("cue").asText(null),
                has ? s.path("canonical").asText(null) : null, has ? s.path("role").asText(null) : null);
    }

    /** Decides whether one quote of an article is listed. */
    interface QuoteTest {
        boolean test(ArticleView article, JsonNode quote);
    }
}
