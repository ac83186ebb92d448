package org.marsad.extract.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.text.normalize.ArabicNormalizer;

/**
 * The simplest learned NER baseline: each search-normalized word gets the tag it had most often in
 * training, unseen words get O. It puts a tagger's F1 in context (how much comes from memorizing
 * training names alone).
 */
public final class MostFrequentTagBaseline {
    private final ArabicNormalizer normalizer = ArabicNormalizer.search();
    private final Map<String, Integer> best = new HashMap<>();

    public MostFrequentTagBaseline(List<LabeledSentence> train) {
        Map<String, int[]> counts = new HashMap<>();
        for (LabeledSentence s : train) {
            for (int i = 0; i < s.size(); i++) {
                counts.computeIfAbsent(normalizer.normalize(s.tokens().get(i)), k -> new int[BioTags.COUNT])[s.tags()[i]]++;
            }
        }
        for (var e : counts.entrySet()) {
            int[] c = e.getValue();
            int arg = 0;
            for (int t = 1; t < c.length; t++) {
                if (c[t] > c[arg]) {
                    arg = t;
                }
            }
            best.put(e.getKey(), arg);
        }
    }

    public int[] tagIds(List<String> tokens) {
        int[] out = new int[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = best.getOrDefault(normalizer.normalize(tokens.get(i)), BioTags.O);
        }
        return out;
    }

    public EntityScorer evaluate(List<LabeledSentence> sentences) {
        EntityScorer scorer = new EntityScorer();
        for (LabeledSentence s : sentences) {
            scorer.add(s.tags(), tagIds(s.tokens()));
        }
        return scorer;
    }
}
