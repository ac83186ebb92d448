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
 */
public record StoryConfig(Duration window, double threshold, double keyTermBonus, double numberBonus,
                          int leadWords, int centroidTerms) {
    /** Values chosen on the dev stories (SaudiNewsNet, 21-27 July 2015) of {@code marsad eval stories}. */
    public static final StoryConfig DEFAULT = new StoryConfig(Duration.ofDays(3), 0.45, 0.45, 0.05, 120, 150);

    public StoryConfig {
        if (window.isNegative() || threshold < 0 || leadWords < 1 || centroidTerms < 1) {
            throw new IllegalArgumentException("invalid story config: " + window + ", " + threshold);
        }
    }

    public StoryConfig withThreshold(double t) {
        return new StoryConfig(window, t, keyTermBonus, numberBonus, leadWords, centroidTerms);
    }

    public StoryConfig withKeyTermBonus(double b) {
        return new StoryConfig(window, threshold, b, numberBonus, leadWords, centroidTerms);
    }

    public StoryConfig withWindow(Duration w) {
        return new StoryConfig(w, threshold, keyTermBonus, numberBonus, leadWords, centroidTerms);
    }
}
