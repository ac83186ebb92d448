package org.marsad.app.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.store.story.Story;
import org.marsad.store.story.StoryArticle;
import org.marsad.store.story.StoryClusterer;
import org.marsad.store.story.StoryConfig;
import org.marsad.store.summary.DocumentFrequencies;

/** The stories of one archive generation, largest first, with their articles by id (for titles). */
record StoryCache(long generation, List<Story> stories, Map<String, StoryArticle> articles) {
    static StoryCache build(long generation, List<StoryArticle> articles) {
        StoryClusterer clusterer = new StoryClusterer(StoryConfig.DEFAULT, new DocumentFrequencies());
        Map<String, StoryArticle> byId = new HashMap<>();
        for (StoryArticle a : articles) {
            clusterer.add(a);
            byId.put(a.id(), a);
        }
        return new StoryCache(generation, List.copyOf(clusterer.stories()), byId);
    }
}
