package org.marsad.store.story;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A story: articles about one event. {@code label} is made of its key words (the centroid's
 * heaviest terms, written as they most often appear in titles).
 */
public record Story(int id, String label, List<String> keyWords, Set<String> sources, String firstArticleId,
                    Instant first, String lastArticleId, Instant last, List<String> articleIds) {
    public int size() {
        return articleIds.size();
    }
}
