package org.marsad.store.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.apache.lucene.search.Query;
import org.marsad.store.index.ArchiveSchema;
import org.marsad.store.search.AnnotationFilters;

/**
 * Finds claimed figures by claimant and words, newest articles first: the index narrows the
 * articles (claimant and claim-sentence fields), then each claim is checked against its own
 * claimant and the words of its own sentence.
 */
final class ClaimFinder {
    private final ArticleSource articles;
    private final AnnotationPager pager;

    ClaimFinder(ArticleSource articles) {
        this.articles = articles;
        this.pager = new AnnotationPager(articles);
    }

    Page<ClaimHit> find(String claimant, String words, int offset, int limit, int maxArticles) throws IOException {
        NameMatcher who = new NameMatcher(claimant);
        WordMatcher what = new WordMatcher(words);
        Query narrow = AnnotationFilters.annotated(ArchiveSchema.CLAIM,
                who.isEmpty() ? null : AnnotationFilters.claimant(articles::hasTerm, claimant.strip()), what.isEmpty() ? null : words);
        return collect(narrow, offset, limit, maxArticles, (name, sentence) -> (who.isEmpty() || who.matches(name))
                && what.matches(sentence));
    }

    /** Claims in the articles of {@code query} whose claimant and sentence {@code keep} accepts, newest first. */
    Page<ClaimHit> collect(Query query, int offset, int limit, int maxArticles, ClaimTest keep) throws IOException {
        return pager.page(query, "claims", offset, limit, maxArticles, (a, c) -> {
            JsonNode cl = c.get("claimant");
            String name = cl == null || cl.isNull() ? null : cl.path("canonical").asText(null);
            int start = c.path("start").asInt();
            int end = c.path("end").asInt();
            String sentence = Sentences.around(a.body(), start, end);
            if (!keep.test(name, sentence)) {
                return null;
            }
            JsonNode subject = c.get("subject");
            return new ClaimHit(a.id(), a.title(), a.source(), a.published(), c.path("text").asText(), start, end,
                    c.path("value").asDouble(), c.path("unit").asText(null), c.path("kind").asText(null),
                    c.path("qualifier").asText(null), name,
                    subject == null || subject.isNull() ? null : subject.path("text").asText(null), sentence);
        });
    }

    /** Decides whether a claim, given its claimant (or null) and its sentence, is listed. */
    interface ClaimTest {
        boolean test(String claimant, String sentence);
    }
}
