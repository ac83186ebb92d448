package org.marsad.store.story;

import java.time.Duration;

/**
 * Parameters of online story clustering.
 *
 * @param window       a story takes new articles only while its last article is at most this old
 * @param threshold    minimum score to join a story (else the article starts a new one)
 * @param keyTermBonus weight of the share of the article's key terms (rare names and places) found in the story
 * @param numberBonus  weight added when the article and the story share a figure or date number
 * @param leadWords    words of the body read after the title (the lead says what the event is)
 * @param centroidTerms terms kept in a story's centroid
 * @param entityBonus  weight of the IDF-weighted share of the article's extracted entities already in the story
 * @param dateBonus    weight added when the article names a day (other than its own publication day) the story names
 */
public record StoryConfig(Duration window, double threshold, double keyTermBonus, double numberBonus,
                          int leadWords, int centroidTerms, double entityBonus, double dateBonus) {
    /**
     * Values chosen on the dev stories (SaudiNewsNet, 21-27 July 2015) of {@code marsad eval stories --tune}:
     * B-cubed F1 0.9451 there against 0.9436 for {@link #WORDS_ONLY}; the date bonus made no difference on
     * dev (ties) and is kept because a written-out shared day is evidence the issue asks for.
     */
    public static final StoryConfig DEFAULT = new StoryConfig(Duration.ofDays(3), 0.60, 0.45, 0.05, 120, 150, 0.40, 0.10);

    /** The earlier clusterer without entities and dates (words, rare key terms, numbers), tuned on the same dev stories. */
    public static final StoryConfig WORDS_ONLY = new StoryConfig(Duration.ofDays(3), 0.45, 0.45, 0.05, 120, 150, 0, 0);

    /**
     * {@link #DEFAULT} when some of the articles carry the extractors' entities, else {@link #WORDS_ONLY}
     * (whose threshold was chosen for words alone: DEFAULT's higher one expects the entity bonus).
     */
    public static StoryConfig forArticles(java.util.Collection<StoryArticle> articles) {
        for (StoryArticle a : articles) {
            if (!a.entities().isEmpty()) {
                return DEFAULT;
            }
        }
        return WORDS_ONLY;
    }

    public StoryConfig {
        if (window.isNegative() || threshold < 0 || leadWords < 1 || centroidTerms < 1) {
            throw new IllegalArgumentException("invalid story config: " + window + ", " + threshold);
        }
    }

    /** Without entity and date evidence (the clusterer of words alone). */
    public StoryConfig(Duration window, double threshold, double keyTermBonus, double numberBonus, int leadWords,
                       int centroidTerms) {
        this(window, threshold, keyTermBonus, numberBonus, leadWords, centroidTerms, 0, 0);
    }

    public StoryConfig withEvidence(double entities, double dates) {
        return new StoryConfig(window, threshold, keyTermBonus, numberBonus, leadWords, centroidTerms, entities, dates);
    }

    public StoryConfig withThreshold(double t) {
        return new StoryConfig(window, t, keyTermBonus, numberBonus, leadWords, centroidTerms, entityBonus, dateBonus);
    }

    public StoryConfig withKeyTermBonus(double b) {
        return new StoryConfig(window, threshold, b, numberBonus, leadWords, centroidTerms, entityBonus, dateBonus);
    }

    public StoryConfig withWindow(Duration w) {
        return new StoryConfig(w, threshold, keyTermBonus, numberBonus, leadWords, centroidTerms, entityBonus, dateBonus);
    }
}
