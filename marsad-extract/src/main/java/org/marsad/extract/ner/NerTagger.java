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
    /** The shipped model, rebuilt by {@code marsad train ner}. */
    public static final String RESOURCE = "/org/marsad/extract/ner/ner-v1.bin.gz";

    private final NerModel model;
    private final NerFeatures features;
    /** Per thread, the token views already computed: news repeats its words, so most lookups hit. */
    private final ThreadLocal<java.util.Map<String, NerFeatures.WordView>> views =
            ThreadLocal.withInitial(java.util.HashMap::new);

    public NerTagger(NerModel model, ArabicSegmenter segmenter) {
        this.model = model;
        this.features = new NerFeatures(segmenter, model.clusters(), model.bits());
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
        NerFeatures.Analyzed a = features.analyze(tokens, views.get());
        return model.decode(features.extract(a, model.lexicon()));
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
        for (Sentence s : SentenceSplitter.split(text, tokens)) {
            List<String> words = new ArrayList<>(s.endToken() - s.firstToken());
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                words.add(tokens.get(i).text(text));
            }
            int[] tags = tagIds(words);
            for (Chunk c : Chunk.of(tags)) {
                Token first = tokens.get(s.firstToken() + c.start());
                Token last = tokens.get(s.firstToken() + c.end() - 1);
                out.add(new EntityMention(first.start(), last.end(), BioTags.publicType(c.type())));
            }
        }
        return out;
    }
}
