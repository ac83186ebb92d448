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
    private final Gazetteer external;
    private final NameContexts contexts;

    public NerTrainer(ArabicSegmenter segmenter, WordClusters clusters, Config config) {
        this(segmenter, clusters, config, Gazetteer.empty(), NameContexts.none());
    }

    /**
     * @param external names from outside the training data ({@link AnerGazet}), read as they are by every fold
     * @param contexts trigger-word counts over unlabeled news ({@link NameContexts})
     */
    public NerTrainer(ArabicSegmenter segmenter, WordClusters clusters, Config config, Gazetteer external,
                      NameContexts contexts) {
        this.contexts = contexts;
        this.segmenter = segmenter;
        this.clusters = clusters;
        this.config = config;
        this.external = external;
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
        return train(train, dev, priors(train, texts, log), progress);
    }

    /**
     * Stage 1 of the two-stage recipe: two taggers, each trained on one half of {@code train}, tag
     * {@code texts}, and each half of {@code train} will read the votes of the tagger that did not see it.
     */
    public PriorSplit priors(List<LabeledSentence> train, List<String> texts, Consumer<String> log) {
        int cut = train.size() / 2;
        NerModel first = train(train.subList(0, cut), List.of(), e -> { });
        NerModel second = train(train.subList(cut, train.size()), List.of(), e -> { });
        log.accept("stage 1: two taggers trained on the halves of train");
        long t0 = System.nanoTime();
        NamePriors byFirst = NamePriors.learn(new NerTagger(first, segmenter), texts);
        NamePriors bySecond = NamePriors.learn(new NerTagger(second, segmenter), texts);
        log.accept(String.format("stage 1: tagged %d unlabeled texts twice in %.1f s; %d words with name votes",
                texts.size(), (System.nanoTime() - t0) / 1e9, byFirst.merge(bySecond).size()));
        return new PriorSplit(cut, bySecond, byFirst, byFirst.merge(bySecond));
    }

    /** Trains reading the given name priors (see {@link PriorSplit}). */
    public NerModel train(List<LabeledSentence> train, List<LabeledSentence> dev, PriorSplit priors,
                          Consumer<Epoch> progress) {
        Prepared p = prepare(train, priors);
        PerceptronTrainer trainer = new PerceptronTrainer(config.bits());
        Random random = new Random(config.seed());
        for (int e = 1; e <= config.epochs(); e++) {
            int errors = trainer.epoch(p.instances(), random);
            EntityScorer scorer = null;
            NerModel model = null;
            if (!dev.isEmpty()) {
                model = trainer.averaged(p.lexicon(), clusters);
                scorer = evaluate(new NerTagger(model, segmenter), dev);
            }
            progress.accept(new Epoch(e, errors, p.instances().size(), scorer, model));
        }
        return trainer.averaged(p.lexicon(), clusters);
    }

    /**
     * A stacked tagger (two passes). The first pass is trained as by {@link #train}; the second reads
     * its tags over the text ({@link NerFeatures#stacked}). To learn how far those tags can be
     * trusted on new text, the second pass is trained on first-pass tags of sentences the first pass
     * did not see: the training sentences are cut into the jackknife folds, and each fold is tagged
     * by a first pass trained on the other folds. Reports each epoch of the second pass.
     *
     * @param priors       name priors as in {@link #train(List, List, PriorSplit, Consumer)}
     * @param window       sentences either side whose first-pass tags the second pass reads
     * @param secondEpochs passes of the second perceptron over the data
     */
    public NerModel trainStacked(List<LabeledSentence> train, List<LabeledSentence> dev, PriorSplit priors, int window,
                                 int secondEpochs, Consumer<Epoch> progress) {
        Prepared p = prepare(train, priors);
        List<PerceptronTrainer.Instance> instances = p.instances();
        int n = instances.size();
        int folds = Math.max(1, Math.min(config.folds(), n));
        List<int[]> first = new ArrayList<>(n);
        for (int f = 0; f < folds; f++) {
            int from = (int) ((long) n * f / folds);
            int to = (int) ((long) n * (f + 1) / folds);
            List<PerceptronTrainer.Instance> others = new ArrayList<>(instances.subList(0, from));
            others.addAll(instances.subList(to, n));
            NerModel held = fit(folds == 1 ? instances : others, config.epochs(), config.seed() + 1 + f, p.lexicon());
            for (int i = from; i < to; i++) {
                first.add(held.decode(instances.get(i).features()));
            }
        }
        NerModel firstPass = fit(instances, config.epochs(), config.seed(), p.lexicon());
        List<String[]> cores = new ArrayList<>(n);
        for (NerFeatures.Analyzed a : p.analyzed()) {
            cores.add(a.cores());
        }
        int[][][] votes = RunVotes.count(cores, first, window);
        List<PerceptronTrainer.Instance> second = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            PerceptronTrainer.Instance x = instances.get(i);
            second.add(new PerceptronTrainer.Instance(p.features().stacked(x.features(), first.get(i), votes[i]), x.tags()));
        }
        PerceptronTrainer trainer = new PerceptronTrainer(config.bits());
        Random random = new Random(config.seed());
        for (int e = 1; e <= secondEpochs; e++) {
            int errors = trainer.epoch(second, random);
            EntityScorer scorer = null;
            NerModel model = null;
            if (!dev.isEmpty()) {
                model = firstPass.withStack(trainer.averaged(p.lexicon(), clusters), window);
                scorer = evaluate(new NerTagger(model, segmenter), dev);
            }
            progress.accept(new Epoch(e, errors, n, scorer, model));
        }
        return firstPass.withStack(trainer.averaged(p.lexicon(), clusters), window);
    }

    private NerModel fit(List<PerceptronTrainer.Instance> instances, int epochs, long seed, NerLexicon lexicon) {
        PerceptronTrainer trainer = new PerceptronTrainer(config.bits());
        Random random = new Random(seed);
        for (int e = 1; e <= epochs; e++) {
            trainer.epoch(instances, random);
        }
        return trainer.averaged(lexicon, clusters);
    }

    /** The training sentences analyzed, as perceptron instances, and the lexicon the model keeps. */
    private record Prepared(NerFeatures features, List<NerFeatures.Analyzed> analyzed,
                            List<PerceptronTrainer.Instance> instances, NerLexicon lexicon) {}

    private Prepared prepare(List<LabeledSentence> train, PriorSplit priors) {
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
            NerLexicon lexiconFirst = new NerLexicon(g, vocabulary, priors.first(), external, contexts);
            NerLexicon lexiconSecond = new NerLexicon(g, vocabulary, priors.second(), external, contexts);
            for (int i = from; i < to; i++) {
                NerFeatures.Analyzed a = analyzed.get(i);
                NerFeatures.Features x = features.extract(a, i < priors.cut() ? lexiconFirst : lexiconSecond);
                instances.add(new PerceptronTrainer.Instance(x, train.get(i).tags()));
            }
        }
        Gazetteer full = Gazetteer.learn(train, features::normalize);
        NerLexicon fullLexicon = new NerLexicon(full, vocabulary(train, features), priors.all(), external, contexts);
        return new Prepared(features, analyzed, instances, fullLexicon);
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
        return evaluate(tagger, sentences, NerTagger.CONSISTENCY_WINDOW);
    }

    /** Scores a tagger on labeled sentences read as one running text, with document consistency over {@code window}. */
    public static EntityScorer evaluate(NerTagger tagger, List<LabeledSentence> sentences, int window) {
        EntityScorer scorer = new EntityScorer();
        List<List<String>> tokens = new ArrayList<>(sentences.size());
        for (LabeledSentence s : sentences) {
            tokens.add(s.tokens());
        }
        List<int[]> predicted = tagger.tagRun(tokens, window);
        for (int i = 0; i < sentences.size(); i++) {
            scorer.add(sentences.get(i).tags(), predicted.get(i));
        }
        return scorer;
    }
}
