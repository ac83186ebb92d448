package org.marsad.extract.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.text.segment.ArabicSegmenter;
import org.marsad.text.sentence.Sentence;
import org.marsad.text.sentence.SentenceSplitter;
import org.marsad.text.tokenize.Token;

/**
 * The statistical named-entity tagger: hashed features ({@link NerFeatures}) scored by an averaged
 * perceptron ({@link NerModel}) and decoded with constrained Viterbi ({@link Viterbi}). Tags within
 * sentences. Immutable and thread-safe.
 */
public final class NerTagger implements EntityTagger {
    private static final int L = BioTags.COUNT;
    /** The shipped model, rebuilt by {@code marsad train ner}. */
    /** Sentences either side that {@link DocumentConsistency} reads; chosen on the dev set cut from train. */
    public static final int CONSISTENCY_WINDOW = 5;

    public static final String RESOURCE = "/org/marsad/extract/ner/ner-v2.bin.gz";

    private final NerModel model;
    private final NerFeatures features;
    /** The weights of all passes packed for scoring, or null to score with the model's flat tables. */
    private final PackedWeights packed;
    /** Per thread, the token views already computed: news repeats its words, so most lookups hit. */
    private final ThreadLocal<java.util.Map<String, NerFeatures.WordView>> views =
            ThreadLocal.withInitial(java.util.HashMap::new);

    public NerTagger(NerModel model, ArabicSegmenter segmenter) {
        this(model, segmenter, true);
    }

    /** @param pack score with {@link PackedWeights} (false: with the model's flat tables, as training does) */
    NerTagger(NerModel model, ArabicSegmenter segmenter, boolean pack) {
        this.model = model;
        this.features = new NerFeatures(segmenter, model.clusters(), model.bits());
        this.packed = pack ? model.packed() : null;
    }

    /** The tagger over the shipped model, loaded on first use. */
    public static NerTagger standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final NerTagger INSTANCE = load();

        private static NerTagger load() {
            try (InputStream in = NerTagger.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("NER model resource " + RESOURCE + " is missing; run marsad train ner");
                }
                return new NerTagger(NerModelFile.read(in, RESOURCE), ArabicSegmenter.standard());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
            }
        }
    }

    /** A tagger over a model file written by {@link NerModelFile#write}. */
    public static NerTagger load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new NerTagger(NerModelFile.read(in, file.toString()), ArabicSegmenter.standard());
        }
    }

    public NerModel model() {
        return model;
    }

    /** Tag indices ({@link BioTags}) for one sentence of tokens. */
    public int[] tagIds(List<String> tokens) {
        if (tokens.isEmpty()) {
            return new int[0];
        }
        if (model.stacked() != null) {
            return tagStacked(List.of(tokens)).get(0);
        }
        NerFeatures.Analyzed a = features.analyze(tokens, views.get());
        NerFeatures.Features x = features.extract(a, model.lexicon());
        if (packed == null) {
            return model.decode(x);
        }
        float[][] sums = {new float[x.size() * L]};
        packed.score(x, sums, scratch(x, new int[0]));
        return model.decodeEmissions(sums[0], x.size());
    }

    /**
     * Sentences of one running text (in order) tagged one by one, then made consistent across
     * {@code window} sentences either side ({@link DocumentConsistency}; 0 = not at all).
     */
    public List<int[]> tagRun(List<List<String>> sentences, int window) {
        List<int[]> tags = model.stacked() != null ? tagStacked(sentences) : new ArrayList<>(sentences.size());
        List<String[]> words = new ArrayList<>(sentences.size());
        for (List<String> s : sentences) {
            if (model.stacked() == null) {
                tags.add(tagIds(s));
            }
            String[] w = new String[s.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = features.normalize(s.get(i));
            }
            words.add(w);
        }
        DocumentConsistency.apply(words, tags, window);
        return tags;
    }

    /**
     * The two passes of a stacked model: every sentence tagged by the first pass, then again by the
     * second, which also reads the first pass's tags of the same words across the run ({@link RunVotes}).
     */
    private List<int[]> tagStacked(List<List<String>> sentences) {
        if (packed != null) {
            return tagStackedPacked(sentences);
        }
        int n = sentences.size();
        List<NerFeatures.Features> base = new ArrayList<>(n);
        List<int[]> first = new ArrayList<>(n);
        List<String[]> cores = new ArrayList<>(n);
        java.util.Map<String, NerFeatures.WordView> cache = views.get();
        for (List<String> s : sentences) {
            NerFeatures.Analyzed a = features.analyze(s, cache);
            NerFeatures.Features x = features.extract(a, model.lexicon());
            base.add(x);
            first.add(model.decode(x));
            cores.add(a.cores());
        }
        int[][][] votes = RunVotes.count(cores, first, model.stackWindow());
        List<int[]> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            out.add(model.stacked().decode(features.stacked(base.get(k), first.get(k), votes[k])));
        }
        return out;
    }

    /**
     * {@link #tagStacked} scoring with the packed weights: the base features of a token are scored
     * for both passes at once, while their weights are in cache, and the second pass then adds its
     * own features' weights to those sums (the order {@link NerModel#emissions} adds them in).
     */
    private List<int[]> tagStackedPacked(List<List<String>> sentences) {
        int n = sentences.size();
        List<float[]> second = new ArrayList<>(n);
        List<int[]> first = new ArrayList<>(n);
        List<String[]> cores = new ArrayList<>(n);
        java.util.Map<String, NerFeatures.WordView> cache = views.get();
        int[] slots = new int[0];
        for (List<String> s : sentences) {
            NerFeatures.Analyzed a = features.analyze(s, cache);
            NerFeatures.Features x = features.extract(a, model.lexicon());
            slots = scratch(x, slots);
            float[][] sums = {new float[x.size() * L], new float[x.size() * L]};
            packed.score(x, sums, slots);
            first.add(model.decodeEmissions(sums[0], x.size()));
            second.add(sums[1]);
            cores.add(a.cores());
        }
        int[][][] votes = RunVotes.count(cores, first, model.stackWindow());
        List<int[]> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int[] tags = first.get(k);
            NerFeatures.Features extra = features.stackedOnly(tags, votes[k]);
            slots = scratch(extra, slots);
            float[] sums = second.get(k);
            packed.add(extra, 1, sums, slots);
            out.add(model.stacked().decodeEmissions(sums, tags.length));
        }
        return out;
    }

    /** {@code slots}, or a larger array if some token of {@code x} has more features. */
    private static int[] scratch(NerFeatures.Features x, int[] slots) {
        int[] offsets = x.offsets();
        int most = 0;
        for (int i = 0; i + 1 < offsets.length; i++) {
            most = Math.max(most, offsets[i + 1] - offsets[i]);
        }
        return most <= slots.length ? slots : new int[Math.max(most, 2 * slots.length)];
    }

    /** ANERcorp-style tags (B-PERS, I-LOC, O ...) for one sentence of tokens. */
    public List<String> tagNames(List<String> tokens) {
        int[] ids = tagIds(tokens);
        List<String> out = new ArrayList<>(ids.length);
        for (int id : ids) {
            out.add(BioTags.name(id));
        }
        return out;
    }

    @Override
    public List<EntityMention> tag(String text, List<Token> tokens) {
        List<EntityMention> out = new ArrayList<>();
        List<Sentence> sentences = SentenceSplitter.split(text, tokens);
        List<List<String>> runs = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            List<String> words = new ArrayList<>(s.endToken() - s.firstToken());
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                words.add(tokens.get(i).text(text));
            }
            runs.add(words);
        }
        List<int[]> all = tagRun(runs, CONSISTENCY_WINDOW);
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            int[] tags = all.get(k);
            for (Chunk c : Chunk.of(tags)) {
                Token first = tokens.get(s.firstToken() + c.start());
                Token last = tokens.get(s.firstToken() + c.end() - 1);
                out.add(new EntityMention(first.start(), last.end(), BioTags.publicType(c.type())));
            }
        }
        return out;
    }
}
