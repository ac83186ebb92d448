package org.marsad.app.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.app.corpus.NewsCorpora;
import org.marsad.app.corpus.SharedData;
import org.marsad.extract.ner.AnerGazet;
import org.marsad.extract.ner.ClusterLearner;
import org.marsad.extract.ner.Gazetteer;
import org.marsad.extract.ner.NameContexts;
import org.marsad.extract.ner.EntityScorer;
import org.marsad.extract.ner.LabeledSentence;
import org.marsad.extract.ner.NerModel;
import org.marsad.extract.ner.NerModelFile;
import org.marsad.extract.ner.NerTagger;
import org.marsad.extract.ner.NerTrainer;
import org.marsad.extract.ner.WordClusters;
import org.marsad.text.normalize.ArabicNormalizer;
import org.marsad.text.segment.ArabicSegmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad train ner}: rebuilds the shipped NER model. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {
            "Learn word classes from the unlabeled news corpora (SaudiNewsNet + ANT), then train the NER tagger",
            "(averaged perceptron, constrained Viterbi) on the ANERcorp CAMeL train split only.",
            "The number of epochs is chosen on a dev set cut from the END of train (--dev-fraction); the final",
            "model is then trained on all of train with that many epochs. The CAMeL test split is never read."
        })
final class TrainNerCommand implements Callable<Integer> {
    @Mixin
    SharedOption shared;

    @Option(names = "--data", paramLabel = "FILE",
            description = "labeled training file (default: the CAMeL train split in the shared folder)")
    Path data;

    @Option(names = "--output", description = "model file (default: the resource in marsad-extract, " + NerTagger.RESOURCE + ")")
    Path output;

    @Option(names = "--articles", defaultValue = "0", description = "learn word classes from this many news articles (0 = all, default)")
    int articles;

    @Option(names = "--clusters-from", paramLabel = "FILE",
            description = "reuse word classes saved by --save-clusters instead of learning them (faster experiments)")
    Path clustersFrom;

    @Option(names = "--save-clusters", paramLabel = "FILE", description = "also save the learned word classes to FILE")
    Path saveClusters;

    @Option(names = "--prior-articles", defaultValue = "40000",
            description = "news articles the stage-1 taggers label to learn name priors (0 = one stage, no priors; default: ${DEFAULT-VALUE})")
    int priorArticles;

    @Option(names = "--epochs", description = "train this many epochs, skipping the dev-set choice")
    Integer epochs;

    @Option(names = "--max-epochs", defaultValue = "15", description = "most epochs tried on the dev set (default: ${DEFAULT-VALUE})")
    int maxEpochs;

    @Option(names = "--dev-fraction", defaultValue = "0.1", description = "share of train, from its end, used to choose epochs (default: ${DEFAULT-VALUE})")
    double devFraction;

    @Option(names = "--entity-bias", description = "decode with this entity bias, skipping the dev-set choice")
    Float entityBias;

    @Option(names = "--gazet", paramLabel = "DIR",
            description = "ANERgazet folder read at training time and baked into the model (default: data/anergazet in the shared folder)")
    Path gazet;

    @Option(names = "--no-gazet", description = "train without the external gazetteer")
    boolean noGazet;

    @Option(names = "--context-articles", defaultValue = "20000",
            description = "news articles scanned for words after trigger words (0 = none; default: ${DEFAULT-VALUE})")
    int contextArticles;

    @Option(names = "--dev-only", description = "stop after the dev-set choices (epochs, entity bias); write no model")
    boolean devOnly;

    @Option(names = "--stack-window", defaultValue = "5",
            description = "train a stacked (two-pass) tagger whose second pass reads the first pass's tags this many sentences either side (0 = one pass; default: ${DEFAULT-VALUE})")
    int stackWindow;

    @Option(names = "--stack-epochs", description = "epochs of the second pass, skipping the dev-set choice")
    Integer stackEpochs;

    @Option(names = "--bits", defaultValue = "20", description = "feature hash size in bits (default: ${DEFAULT-VALUE})")
    int bits;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter pw = spec.commandLine().getOut();
        if (bits < 12 || bits > 24) {
            throw new UserException("--bits must be between 12 and 24");
        }
        if (devFraction <= 0 || devFraction >= 0.5) {
            throw new UserException("--dev-fraction must be in (0, 0.5)");
        }
        if (stackWindow > 0 && epochs != null && stackEpochs == null) {
            throw new UserException("--epochs with --stack-window needs --stack-epochs too");
        }
        long t0 = System.nanoTime();
        List<LabeledSentence> train = data != null ? NerData.read(data, org.marsad.extract.ner.ConllReader.ANERCORP_TAGS)
                : NerData.camelTrain(shared.folder());
        String trainName = data != null ? data.toString() : NerData.CAMEL_TRAIN;
        pw.printf("train: %d sentences, %d tokens (%s)%n", train.size(), tokens(train), trainName);
        WordClusters clusters = clusters(pw);
        pw.printf("word classes: %d words in %d leaves (%.1f s so far)%n", clusters.size(), clusters.leafCount(), secs(t0));
        pw.flush();

        ArabicSegmenter segmenter = ArabicSegmenter.standard();
        Gazetteer external = external(pw);
        NameContexts contexts = contexts(pw, train);
        NerTrainer.Config config = new NerTrainer.Config(bits, maxEpochs, NerTrainer.Config.DEFAULT.folds(), NerTrainer.Config.DEFAULT.seed());
        int chosen;
        int secondEpochs = stackEpochs != null ? stackEpochs : 0;
        float bias = entityBias != null ? entityBias : 0f;
        if (epochs != null) {
            chosen = epochs;
        } else {
            int cut = (int) Math.round(train.size() * (1 - devFraction));
            List<LabeledSentence> fit = train.subList(0, cut);
            List<LabeledSentence> dev = train.subList(cut, train.size());
            pw.printf("choosing epochs: fit on train[0, %d), score on dev = train[%d, %d) (%d tokens)%n",
                    cut, cut, train.size(), tokens(dev));
            double[] best = {-1};
            int[] bestEpoch = {1};
            NerModel[] bestModel = {null};
            NerTrainer devTrainer = new NerTrainer(segmenter, clusters, config, external, contexts);
            java.util.function.Consumer<NerTrainer.Epoch> onEpoch = e -> {
                double f1 = e.dev().overall().f1();
                pw.printf("  epoch %2d: %4d/%d sentences wrong, dev F1 %.2f%n", e.epoch(), e.errors(), e.sentences(), 100 * f1);
                pw.flush();
                if (f1 > best[0]) {
                    best[0] = f1;
                    bestEpoch[0] = e.epoch();
                    bestModel[0] = e.model();
                }
            };
            NerTrainer.PriorSplit devPriors = priorArticles > 0 ? devTrainer.priors(fit, priorTexts(), line -> {
                pw.println(line);
                pw.flush();
            }) : NerTrainer.PriorSplit.none();
            devTrainer.train(fit, dev, devPriors, onEpoch);
            chosen = bestEpoch[0];
            pw.printf("best dev F1 %.2f after %d epochs%n", 100 * best[0], chosen);
            if (stackWindow > 0) {
                double[] best2 = {-1};
                int[] bestEpoch2 = {1};
                NerTrainer stackTrainer = new NerTrainer(segmenter, clusters, config.withEpochs(chosen), external, contexts);
                stackTrainer.trainStacked(fit, dev, devPriors, stackWindow, stackEpochs != null ? stackEpochs : maxEpochs, e -> {
                    double f1 = e.dev().overall().f1();
                    pw.printf("  stacked epoch %2d: %4d/%d sentences wrong, dev F1 %.2f%n", e.epoch(), e.errors(), e.sentences(), 100 * f1);
                    pw.flush();
                    if (f1 > best2[0] && (stackEpochs == null || e.epoch() == stackEpochs)) {
                        best2[0] = f1;
                        bestEpoch2[0] = e.epoch();
                        bestModel[0] = e.model();
                    }
                });
                secondEpochs = bestEpoch2[0];
                pw.printf("stacked (window %d): best dev F1 %.2f after %d second-pass epochs%n", stackWindow, 100 * best2[0], secondEpochs);
            }
            if (entityBias == null) {
                bias = chooseBias(pw, bestModel[0], dev, segmenter);
            }
            StringBuilder windows = new StringBuilder("document consistency on dev (window → F1):");
            for (int w : new int[] {0, 1, 2, 5, 10, 20, 50}) {
                EntityScorer.Score o = NerTrainer.evaluate(new NerTagger(bestModel[0].withEntityBias(bias), segmenter), dev, w).overall();
                windows.append(String.format(" %d→%.2f (P %.1f R %.1f)", w, 100 * o.f1(), 100 * o.precision(), 100 * o.recall()));
            }
            pw.println(windows);
            if (devOnly) {
                pw.printf("dev only: no model written (%.1f s)%n", secs(t0));
                return 0;
            }
        }
        NerTrainer trainer = new NerTrainer(segmenter, clusters, config.withEpochs(chosen), external, contexts);
        java.util.function.Consumer<NerTrainer.Epoch> progress = e -> {
            pw.printf("  final epoch %2d: %4d/%d sentences wrong%n", e.epoch(), e.errors(), e.sentences());
            pw.flush();
        };
        NerModel model;
        if (stackWindow > 0) {
            NerTrainer.PriorSplit split = priorArticles > 0 ? trainer.priors(train, priorTexts(), line -> {
                pw.println(line);
                pw.flush();
            }) : NerTrainer.PriorSplit.none();
            model = trainer.trainStacked(train, List.of(), split, stackWindow, secondEpochs, progress);
        } else if (priorArticles > 0) {
            model = trainer.trainWithPriors(train, List.of(), priorTexts(), line -> {
                pw.println(line);
                pw.flush();
            }, progress);
        } else {
            model = trainer.train(train, List.of(), progress);
        }
        model = model.withEntityBias(bias);
        Path out = output != null ? output : Path.of(System.getProperty("marsad.home", "."))
                .resolve("marsad-extract/src/main/resources" + NerTagger.RESOURCE);
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        try (OutputStream os = Files.newOutputStream(out)) {
            String passes = stackWindow > 0 ? String.format("stacked (window %d, second pass %d epochs), ", stackWindow, secondEpochs) : "";
            NerModelFile.write(model, String.format("marsad-ner v2: averaged perceptron, %s%d epochs, %d hash bits, entity bias %.1f, trained on %s, external gazetteer %d names, name priors from %d news articles",
                    passes, chosen, bits, bias, trainName, external.size(), priorArticles), os);
        }
        pw.printf("gazetteer: %d names from train%n", model.gazetteer().size());
        pw.printf("wrote %s (%d bytes) in %.1f s; rebuild marsad (./marsad does it) to ship it%n", out, Files.size(out), secs(t0));
        return 0;
    }

    /** The entity bias with the best dev F1, on a grid; ties keep the smaller bias. */
    private static float chooseBias(PrintWriter pw, NerModel model, List<LabeledSentence> dev, ArabicSegmenter segmenter) {
        float best = 0f;
        double bestF1 = -1;
        StringBuilder line = new StringBuilder("entity bias on dev:");
        for (float b : new float[] {0f, 0.5f, 1f, 2f, 3f, 4f, 6f, 8f, 12f, 16f}) {
            EntityScorer s = NerTrainer.evaluate(new NerTagger(model.withEntityBias(b), segmenter), dev);
            EntityScorer.Score o = s.overall();
            line.append(String.format(" %.1f→%.2f (P %.1f R %.1f)", b, 100 * o.f1(), 100 * o.precision(), 100 * o.recall()));
            if (o.f1() > bestF1) {
                bestF1 = o.f1();
                best = b;
            }
        }
        pw.println(line);
        pw.printf("chosen entity bias %.1f (dev F1 %.2f)%n", best, 100 * bestF1);
        return best;
    }

    /**
     * Trigger words learned from train minus its dev part (so the dev scores stay honest; the final
     * model keeps the same counts, one scan serving both), then counted after in the news corpus.
     */
    private NameContexts contexts(PrintWriter pw, List<LabeledSentence> train) {
        if (contextArticles <= 0) {
            return NameContexts.none();
        }
        long t0 = System.nanoTime();
        ArabicNormalizer normalizer = ArabicNormalizer.search();
        int cut = (int) Math.round(train.size() * (1 - devFraction));
        java.util.Map<String, Integer> triggers = NameContexts.triggers(train.subList(0, cut), normalizer::normalize);
        List<String> texts = new java.util.ArrayList<>();
        for (var a : NewsCorpora.interleaved(shared.folder(), contextArticles)) {
            texts.add(a.title());
            texts.add(a.text());
        }
        NameContexts c = NameContexts.learn(triggers, texts, normalizer::normalize);
        pw.printf("trigger contexts: %d triggers, %d words counted over %d news texts in %.1f s%n",
                triggers.size(), c.size(), texts.size(), secs(t0));
        pw.flush();
        return c;
    }

    private List<String> priorTexts() {
        List<String> texts = new java.util.ArrayList<>();
        for (var a : NewsCorpora.interleaved(shared.folder(), priorArticles)) {
            texts.add(a.title());
            texts.add(a.text());
        }
        return texts;
    }

    /** The ANERgazet names, or none with {@code --no-gazet}. */
    private Gazetteer external(PrintWriter pw) {
        if (noGazet) {
            return Gazetteer.empty();
        }
        Path folder = gazet != null ? gazet : SharedData.require(shared.folder(), "anergazet");
        try {
            Gazetteer g = AnerGazet.read(folder, ArabicNormalizer.search()::normalize);
            pw.printf("external gazetteer: %d names from %s%n", g.size(), folder);
            return g;
        } catch (java.io.IOException e) {
            throw new UserException("cannot read ANERgazet: " + e.getMessage(), e);
        }
    }

    private WordClusters clusters(PrintWriter pw) throws Exception {
        if (clustersFrom != null) {
            try (var in = new java.io.DataInputStream(new java.io.BufferedInputStream(
                    new java.util.zip.GZIPInputStream(Files.newInputStream(clustersFrom))))) {
                return WordClusters.read(in);
            } catch (java.io.IOException e) {
                throw new UserException("cannot read word classes " + clustersFrom + ": " + e.getMessage(), e);
            }
        }
        Path data = shared.folder();
        ClusterLearner learner = new ClusterLearner(ClusterLearner.Config.DEFAULT);
        long t0 = System.nanoTime();
        int n = NewsCorpora.forEach(data, articles, a -> {
            learner.add(a.title());
            learner.add(a.text());
        });
        pw.printf("read %d news articles, %d tokens in %.1f s; clustering...%n", n, learner.tokens(), secs(t0));
        pw.flush();
        WordClusters clusters = learner.build();
        if (saveClusters != null) {
            try (var out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(
                    new java.util.zip.GZIPOutputStream(Files.newOutputStream(saveClusters))))) {
                clusters.write(out);
            }
        }
        return clusters;
    }

    static long tokens(List<LabeledSentence> sentences) {
        long n = 0;
        for (LabeledSentence s : sentences) {
            n += s.size();
        }
        return n;
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    static String pct(EntityScorer.Score s) {
        return String.format("P %.2f R %.2f F1 %.2f", 100 * s.precision(), 100 * s.recall(), 100 * s.f1());
    }
}
