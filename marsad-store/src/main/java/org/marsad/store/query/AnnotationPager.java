package org.marsad.store.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.Query;

/**
 * Pages through one kind of stored annotation (the quotes or the claims) of the articles a query
 * selects, newest article first. The index can only narrow articles; whether each annotation of
 * them is listed is decided by a converter, which is why paging has to count annotations here.
 */
final class AnnotationPager {
    private final ArticleSource articles;

    AnnotationPager(ArticleSource articles) {
        this.articles = articles;
    }

    /**
     * The annotations under {@code kind} ("quotes", "claims") that {@code convert} turns into hits,
     * skipping the first {@code offset} of them and keeping at most {@code limit}.
     */
    <T> Page<T> page(Query query, String kind, int offset, int limit, int maxArticles, Converter<T> convert)
            throws IOException {
        List<T> out = new ArrayList<>();
        boolean[] more = {false};
        int[] skipped = {0};
        long total = articles.forEachNewestFirst(query, maxArticles, a -> {
            if (a.annotations() == null) {
                return true;
            }
            for (JsonNode annotation : a.annotations().withArray(kind)) {
                T hit = convert.hit(a, annotation);
                if (hit == null) {
                    continue;
                }
                if (skipped[0] < offset) {
                    skipped[0]++;
                } else if (out.size() < limit) {
                    out.add(hit);
                } else {
                    more[0] = true;
                    return false;
                }
            }
            return true;
        });
        return new Page<>(out, total, more[0]);
    }

    /** Turns one annotation of an article into a hit, or null when it is not listed. */
    interface Converter<T> {
        T hit(ArticleView article, JsonNode annotation);
    }
}
