package org.marsad.extract.ner;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.text.normalize.ArabicNormalizer;
import org.marsad.text.sentence.Sentence;
import org.marsad.text.sentence.SentenceSplitter;
import org.marsad.text.tokenize.ArabicTokenizer;
import org.marsad.text.tokenize.Token;

/**
 * How a tagger labels each word across a large unlabeled corpus: per search-normalized word, how
 * many of its occurrences were tagged as part of a PERS, LOC, ORG or MISC name, out of all.
 *
 * <p>A name the labeled data never shows («موناكو») usually occurs hundreds of times in the news
 * corpus, often in contexts the tagger reads well; pooled over all of them the tagger's votes are a
 * much stronger hint than one sentence gives. Only words with at least one name vote and
 * {@link #MIN_OCCURRENCES} occurrences are kept.
 */
public final class NamePriors {
    public static final int MIN_OCCURRENCES = 3;
    private static final int TYPES = BioTags.TYPES.size();

    /** Per word: total occurrences, then the count of each type. */
    private final Map<String, int[]> counts;

    private NamePriors(Map<String, int[]> counts) {
        this.counts = counts;
    }

    public static NamePriors none() {
        return new NamePriors(Map.of());
    }

    /** Tags every sentence of {@code texts} with {@code tagger} and counts the votes. */
    public static NamePriors learn(NerTagger tagger, List<String> texts) {
        ArabicNormalizer normalizer = ArabicNormalizer.search();
        Map<String, int[]> counts = new HashMap<>();
        for (String text : texts) {
            List<Token> tokens = ArabicTokenizer.tokenize(text);
            for (Sentence s : SentenceSplitter.split(text, tokens)) {
                List<String> words = new java.util.ArrayList<>(s.endToken() - s.firstToken());
                for (int i = s.firstToken(); i < s.endToken(); i++) {
                    words.add(tokens.get(i).text(text));
                }
                int[] tags = tagger.tagIds(words);
                for (int i = 0; i < tags.length; i++) {
                    int[] c = counts.computeIfAbsent(normalizer.normalize(words.get(i)), k -> new int[1 + TYPES]);
                    c[0]++;
                    if (tags[i] != BioTags.O) {
                        c[1 + BioTags.type(tags[i])]++;
                    }
                }
            }
        }
        return new NamePriors(prune(counts));
    }

    private static Map<String, int[]> prune(Map<String, int[]> counts) {
        Map<String, int[]> out = new HashMap<>();
        for (var e : counts.entrySet()) {
            int[] c = e.getValue();
            if (c[0] >= MIN_OCCURRENCES && names(c) > 0) {
                out.put(e.getKey(), c);
            }
        }
        return out;
    }

    private static int names(int[] c) {
        int names = 0;
        for (int t = 1; t < c.length; t++) {
            names += c[t];
        }
        return names;
    }

    /** The votes of both, added (the priors of two taggers trained on different halves). */
    public NamePriors merge(NamePriors other) {
        Map<String, int[]> out = new HashMap<>();
        for (NamePriors p : List.of(this, other)) {
            for (var e : p.counts.entrySet()) {
                int[] c = out.computeIfAbsent(e.getKey(), k -> new int[1 + TYPES]);
                for (int t = 0; t < c.length; t++) {
                    c[t] += e.getValue()[t];
                }
            }
        }
        return new NamePriors(out);
    }

    /** Votes of a word: {@code [total, PERS, LOC, ORG, MISC]}, or null when it has no name votes. */
    public int[] votes(String word) {
        return word == null ? null : counts.get(word);
    }

    public int size() {
        return counts.size();
    }

    public void write(DataOutput out) throws IOException {
        WordVotes.write(counts, out);
    }

    public static NamePriors read(DataInput in) throws IOException {
        return new NamePriors(WordVotes.read(in, "name-prior"));
    }
}
