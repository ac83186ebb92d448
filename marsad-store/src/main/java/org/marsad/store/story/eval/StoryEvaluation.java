package org.marsad.store.story.eval;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.store.dedup.NearDuplicateIndex;
import org.marsad.store.story.StoryArticle;
import org.marsad.store.story.StoryClusterer;
import org.marsad.store.story.StoryConfig;
import org.marsad.store.summary.DocumentFrequencies;

/**
 * Clusters every article of a period with marsad's online clusterer and two baselines, and scores
 * each with B-cubed against the labeled stories of that period.
 */
public final class StoryEvaluation {
    /** One method's result. */
    public record MethodScore(String method, BCubed.Score score, int clusters, double seconds) {}

    public static final String WITH_EVIDENCE = "marsad: words+entities+dates";
    public static final String WORDS_ONLY = "marsad: words only (before)";

    private StoryEvaluation() {}

    /** The story of each article under {@code config}. */
    public static Map<String, Integer> cluster(List<StoryArticle> articles, StoryConfig config) {
        StoryClusterer clusterer = new StoryClusterer(config, new DocumentFrequencies());
        Map<String, Integer> out = new HashMap<>();
        for (StoryArticle a : articles) {
            out.put(a.id(), clusterer.add(a));
        }
        return out;
    }

    /** B-cubed of marsad's clusterer alone, for choosing weights on the dev labels. */
    public static BCubed.Score score(List<StoryArticle> articles, StoryLabels labels, StoryConfig config) {
        return BCubed.score(labels.storyOf(), cluster(articles, config));
    }

    /** @param articles every article of the period, in time order */
    public static List<MethodScore> run(List<StoryArticle> articles, StoryLabels labels, StoryConfig config,
                                        ZoneOffset offset) {
        Map<String, String> gold = new HashMap<>(labels.storyOf());
        Map<String, Boolean> present = new HashMap<>();
        for (StoryArticle a : articles) {
            present.put(a.id(), true);
        }
        List<String> missing = new ArrayList<>();
        for (String id : gold.keySet()) {
            if (!present.containsKey(id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("labeled articles not in the input: " + missing.subList(0,
                    Math.min(5, missing.size())) + (missing.size() > 5 ? " and " + (missing.size() - 5) + " more" : ""));
        }
        Map<String, Map<String, ?>> predictions = new LinkedHashMap<>();
        Map<String, Double> times = new HashMap<>();

        long t0 = System.nanoTime();
        predictions.put(WITH_EVIDENCE, cluster(articles, config));
        times.put(WITH_EVIDENCE, (System.nanoTime() - t0) / 1e9);

        t0 = System.nanoTime();
        predictions.put(WORDS_ONLY, cluster(articles, StoryConfig.WORDS_ONLY));
        times.put(WORDS_ONLY, (System.nanoTime() - t0) / 1e9);

        t0 = System.nanoTime();
        predictions.put("same day + title overlap", TitleOverlapBaseline.cluster(articles, offset));
        times.put("same day + title overlap", (System.nanoTime() - t0) / 1e9);

        t0 = System.nanoTime();
        NearDuplicateIndex dedup = new NearDuplicateIndex();
        Map<String, String> groups = new HashMap<>();
        for (StoryArticle a : articles) {
            var link = dedup.add(a.id(), a.body());
            groups.put(a.id(), link.isDuplicate() ? link.originalId() : a.id());
        }
        times.put("near-duplicate groups", (System.nanoTime() - t0) / 1e9);
        predictions.put("near-duplicate groups", groups);

        List<MethodScore> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, ?>> e : predictions.entrySet()) {
            int clusters = (int) e.getValue().values().stream().distinct().count();
            out.add(new MethodScore(e.getKey(), BCubed.score(gold, e.getValue()), clusters, times.get(e.getKey())));
        }
        return out;
    }
}
