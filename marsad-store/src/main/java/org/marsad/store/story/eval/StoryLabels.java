package org.marsad.store.story.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-labeled stories: for each labeled article id, the story it belongs to. Read from the
 * bundled {@code stories-dev.tsv} / {@code stories-test.tsv} (see README-labels.md beside them).
 */
public final class StoryLabels {
    private final Map<String, String> storyOf;
    private final Map<String, String> descriptions;

    private StoryLabels(Map<String, String> storyOf, Map<String, String> descriptions) {
        this.storyOf = storyOf;
        this.descriptions = descriptions;
    }

    /** {@code split} is dev or test. */
    public static StoryLabels bundled(String split) {
        String name = "stories-" + split + ".tsv";
        InputStream in = StoryLabels.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalArgumentException("no bundled story labels for split '" + split + "' (" + name + ")");
        }
        return parse(in, name);
    }

    public static StoryLabels parse(InputStream in, String name) {
        Map<String, String> storyOf = new HashMap<>();
        Map<String, String> desc = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 3 || f[2].isBlank()) {
                    throw new IllegalArgumentException(name + ":" + n + ": expected 3 tab-separated fields "
                            + "(story, description, ids), got " + f.length);
                }
                if (desc.put(f[0], f[1]) != null) {
                    throw new IllegalArgumentException(name + ":" + n + ": story " + f[0] + " appears twice");
                }
                for (String id : f[2].trim().split("\\s+")) {
                    String before = storyOf.put(id, f[0]);
                    if (before != null) {
                        throw new IllegalArgumentException(name + ":" + n + ": article " + id + " is in stories "
                                + before + " and " + f[0]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return new StoryLabels(storyOf, desc);
    }

    public Map<String, String> storyOf() {
        return java.util.Collections.unmodifiableMap(storyOf);
    }

    public int stories() {
        return descriptions.size();
    }

    public int articles() {
        return storyOf.size();
    }

    public List<String> storyIds() {
        return List.copyOf(descriptions.keySet());
    }

    public String description(String story) {
        return descriptions.get(story);
    }
}
