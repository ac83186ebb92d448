package org.marsad.extract.ner;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.marsad.text.sentence.Sentence;
import org.marsad.text.sentence.SentenceSplitter;
import org.marsad.text.tokenize.ArabicTokenizer;
import org.marsad.text.tokenize.Token;

/**
 * How often each word of a large unlabeled corpus stands right after a trigger word, per entity type:
 * «الرئيس» and «السيد» come before people, «مدينة» before places, «وزارة» before organizations.
 *
 * <p>The triggers are learned from labeled sentences (words after which a name of one type begins
 * often enough); the counts come from unlabeled news, where a name the labeled data never shows
 * («موناكو», «ساركوزي») appears after such words many times. Counting is a plain scan: no tagger runs,
 * so the hint costs little to learn and is independent of the tagger's own mistakes.
 */
public final class NameContexts {
    private static final int TYPES = BioTags.TYPES.size();
    /** A trigger needs this many occurrences in the labeled data ... */
    static final int MIN_TRIGGER_COUNT = 4;
    /** ... and this share of them followed by a name of its type. */
    static final double MIN_TRIGGER_SHARE = 0.4;
    /** Words with fewer votes than this are dropped. */
    static final int MIN_VOTES = 2;

    /** Per word: occurrences in the scanned corpus, then the votes of each type. */
    private final Map<String, int[]> counts;

    private NameContexts(Map<String, int[]> counts) {
        this.counts = counts;
    }

    public static NameContexts none() {
        return new NameContexts(Map.of());
    }

    /** Trigger word to the entity type it announces, from labeled sentences (tokens normalized by {@code normalize}). */
    public static Map<String, Integer> triggers(List<LabeledSentence> sentences, Function<String, String> normalize) {
        Map<String, int[]> seen = new HashMap<>();
        for (LabeledSentence s : sentences) {
            int[] tags = s.tags();
            for (int i = 0; i < s.size(); i++) {
                int[] c = seen.computeIfAbsent(normalize.apply(s.tokens().get(i)), k -> new int[1 + TYPES]);
                c[0]++;
                if (tags[i] == BioTags.O && i + 1 < s.size() && BioTags.isBegin(tags[i + 1])) {
                    c[1 + BioTags.type(tags[i + 1])]++;
                }
            }
        }
        Map<String, Integer> out = new HashMap<>();
        for (var e : seen.entrySet()) {
            int[] c = e.getValue();
            if (c[0] < MIN_TRIGGER_COUNT) {
                continue;
            }
            for (int t = 0; t < TYPES; t++) {
                if (c[1 + t] >= MIN_TRIGGER_SHARE * c[0]) {
                    out.put(e.getKey(), t);
                }
            }
        }
        return out;
    }

    /** Scans {@code texts} and counts, for every word, how often it follows a trigger of each type. */
    public static NameContexts learn(Map<String, Integer> triggers, List<String> texts, Function<String, String> normalize) {
        Map<String, int[]> counts = new HashMap<>();
        for (String text : texts) {
            List<Token> tokens = ArabicTokenizer.tokenize(text);
            for (Sentence s : SentenceSplitter.split(text, tokens)) {
                List<String> words = new ArrayList<>(s.endToken() - s.firstToken());
                for (int i = s.firstToken(); i < s.endToken(); i++) {
                    words.add(normalize.apply(tokens.get(i).text(text)));
                }
                for (int i = 0; i < words.size(); i++) {
                    int[] c = counts.computeIfAbsent(words.get(i), k -> new int[1 + TYPES]);
                    c[0]++;
                    if (i > 0) {
                        Integer t = triggers.get(words.get(i - 1));
                        if (t != null) {
                            c[1 + t]++;
                        }
                    }
                }
            }
        }
        Map<String, int[]> kept = new HashMap<>();
        for (var e : counts.entrySet()) {
            int[] c = e.getValue();
            int votes = 0;
            for (int t = 1; t < c.length; t++) {
                votes += c[t];
            }
            if (votes >= MIN_VOTES) {
                kept.put(e.getKey(), c);
            }
        }
        return new NameContexts(kept);
    }

    /** Counts of a word: {@code [occurrences, PERS, LOC, ORG, MISC]}, or null when it has too few votes. */
    public int[] votes(String word) {
        return word == null ? null : counts.get(word);
    }

    public int size() {
        return counts.size();
    }

    public void write(DataOutput out) throws IOException {
        WordVotes.write(counts, out);
    }

    public static NameContexts read(DataInput in) throws IOException {
        return new NameContexts(WordVotes.read(in, "name-context"));
    }
}
