package org.marsad.extract.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.marsad.text.segment.ArabicSegmenter;

/**
 * Trains a {@link NerModel} from labeled sentences and word classes.
 *
 * <p>The gazetteer feature is learned from the training sentences themselves, so on those sentences
 * it would always be right and the perceptron would trust it blindly. Training features therefore
 * use a jackknifed gazetteer: the sentences are cut into {@code folds} contiguous blocks (contiguous,
 * so a name repeated within one article does not leak across), and each block is matched against
 * the names of the other blocks only. The model ships with the gazetteer of all training sentences.
 */
public final class NerTrainer {
    /** Hash bits, passes over the data, jackknife folds and the shuffling seed. */
    public record Config(int bits, int epochs, int folds, long seed) {
        public static final Config DEFAULT = new Config(20, 12, 5, 42L);

        public Config withEpochs(int e) {
            return new Config(bits, e, folds, seed);
        }
    }

    /**
     * Name priors for training: sentences {@code [0, cut)} read {@code first}, the others
     * {@code second}, each learned by a tagger that never saw those sentences; the model keeps {@code all}.
     */
    public record PriorSplit(int cut, NamePriors first, NamePriors second, NamePriors all) {
        public static PriorSplit none() {
            NamePriors none = NamePriors.none();
            return new PriorSplit(0, none, none, none);
        }
    }

    /** What happened after one epoch; {@code dev} is null when no dev set was given. */
    public record Epoch(int epoch, int errors, int sentences, EntityScorer dev, NerModel model) {}

    private final ArabicSegmenter segmenter;
    private final WordClusters clusters;
    private final Config config;

    public NerTrainer(ArabicSegmenter segmenter, WordClusters clusters, Config config) {
        this.segmenter = segmenter;
        this.clusters = clusters;
        this.config = config;
    }

    /**
     * Trains on {@code train}; after each epoch reports to {@code progress}, scoring {@code dev}
     * (may be empty) with the averaged weights so far.
     */
    public NerModel train(List<LabeledSentence> train, List<LabeledSentence> dev, Consumer<Epoch> progress) {
        return train(train, dev, PriorSplit.none(), progress);
    }

    /**
     * The two-stage recipe: two taggers, each trained on one half of {@code train}, tag the unlabeled
     * {@code texts}; their votes become name priors ({@link NamePriors}), and the final tagger is
     * trained on all of {@code train} reading, for each half, the votes of the tagger that did not
     * see it (so the feature is as reliable in training as on new text).
     */
    public NerModel trainWithPriors(List<LabeledSentence> train, List<LabeledSentence> dev, List<String> texts,
                                    Consumer<String> log, Consumer<Epoch> progress) {
        int cut = train.size() / 2;
        NerModel first = train(train.subList(0, cut), List.of(), e -> { });
        NerModel second = train(train.subList(cut, train.size()), List.of(), e -> { });
        log.accept("stage 1: two taggers trained on the halves of train");
        long t0 = System.nanoTime();
        NamePriors byFirst = NamePriors.learn(new NerTagger(first, segmenter), texts);
        NamePriors bySecond = NamePriors.learn(new NerTagger(second, segmenter), texts);
        log.accept(String.format("stage 1: tagged %d unlabeled texts twice in %.1f s; %d words with name votes",
                texts.size(), (System.nanoTime() - t0) / 1e9, byFirst.merge(bySecond).size()));
        return train(train, dev, new PriorSplit(cut, bySecond, byFirst, byFirst.merge(bySecond)), progress);
    }

    /** Trains reading the given name priors (see {@link PriorSplit}). */
    public NerModel train(List<LabeledSentence> train, List<LabeledSentence> dev, PriorSplit priors,
                          Consumer<Epoch> progress) {
        NerFeatures features = new NerFeatures(segmenter, clusters, config.bits());
        List<NerFeatures.Analyzed> analyzed = new ArrayList<>(train.size());
        for (LabeledSentence s : train) {
            analyzed.add(features.analyze(s.tokens()));
        }
        List<PerceptronTrainer.Instance> instances = new ArrayList<>(train.size());
        int folds = Math.max(1, Math.min(config.folds(), train.size()));
        for (int f = 0; f < folds; f++) {
            int from = (int) ((long) train.size() * f / folds);
            int to = (int) ((long) train.size() * (f + 1) / folds);
            List<LabeledSentence> others = new ArrayList<>(train.subList(0, from));
            others.addAll(train.subList(to, train.size()));
            List<LabeledSentence> source = folds == 1 ? train : others;
            Gazetteer g = Gazetteer.learn(source, features::normalize);
            Set<String> vocabulary = vocabulary(source, features);
            NerLexicon lexiconFirst = new NerLexicon(g, vocabulary, priors.first());
            NerLexicon lexiconSecond = new NerLexicon(g, vocabulary, priors.second());
            for (int i = from; i < to; i++) {
                NerFeatures.Analyzed a = analyzed.get(i);
                NerFeatures.Features x = features.extract(a, i < priors.cut() ? lexiconFirst : lexiconSecond);
                instances.add(new PerceptronTrainer.Instance(x, train.get(i).tags()));
            }
        }
        Gazetteer full = Gazetteer.learn(train, features::normalize);
        NerLexicon fullLexicon = new NerLexicon(full, vocabulary(train, features), priors.all());
        PerceptronTrainer trainer = new PerceptronTrainer(config.bits());
        Random random = new Random(config.seed());
        for (int e = 1; e <= config.epochs(); e++) {
            int errors = trainer.epoch(instances, random);
            EntityScorer scorer = null;
            NerModel model = null;
            if (!dev.isEmpty()) {
                model = trainer.averaged(fullLexicon, clusters);
                scorer = evaluate(new NerTagger(model, segmenter), dev);
            }
            progress.accept(new Epoch(e, errors, instances.size(), scorer, model));
        }
        return trainer.averaged(fullLexicon, clusters);
    }

    /** The normalized words and their stems in {@code sentences}. */
    static Set<String> vocabulary(List<LabeledSentence> sentences, NerFeatures features) {
        Set<String> out = new HashSet<>();
        for (LabeledSentence s : sentences) {
            NerFeatures.Analyzed a = features.analyze(s.tokens());
            for (int i = 0; i < a.n; i++) {
                out.add(a.word[i]);
                out.add(a.stem[i]);
            }
        }
        return out;
    }

    /** Scores a tagger on labeled sentences. */
    public static EntityScorer evaluate(NerTagger tagger, List<LabeledSentence> sentences) {
        EntityScorer scorer = new EntityScorer();
        for (LabeledSentence s : sentences) {
            scorer.add(s.tags(), tagger.tagIds(s.tokens()));
        }
        return scorer;
    }
}
