package org.marsad.app.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.store.story.Story;
import org.marsad.store.story.StoryArticle;
import org.marsad.store.story.StoryClusterer;
import org.marsad.store.story.StoryConfig;
import org.marsad.store.summary.DocumentFrequencies;

/**
 * The stories of one archive generation, largest first, with their articles by id (for titles) and
 * the document frequencies gathered while clustering (for story summaries).
 */
record StoryCache(long generation, List<Story> stories, Map<String, StoryArticle> articles, DocumentFrequencies df) {
    static StoryCache build(long generation, List<StoryArticle> articles) {
        DocumentFrequencies df = new DocumentFrequencies();
        StoryClusterer clusterer = new StoryClusterer(StoryConfig.forArticles(articles), df);
        Map<String, StoryArticle> byId = new HashMap<>();
        for (StoryArticle a : articles) {
            clusterer.add(a);
            byId.put(a.id(), a);
        }
        return new StoryCache(generation, List.copyOf(clusterer.stories()), byId, df);
    }
}
