package org.marsad.app.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.app.corpus.NewsCorpora;
import org.marsad.app.corpus.SharedData;
import org.marsad.extract.ner.ClusterLearner;
import org.marsad.extract.ner.EntityScorer;
import org.marsad.extract.ner.LabeledSentence;
import org.marsad.extract.ner.NerModel;
import org.marsad.extract.ner.NerModelFile;
import org.marsad.extract.ner.NerTagger;
import org.marsad.extract.ner.NerTrainer;
import org.marsad.extract.ner.WordClusters;
import org.marsad.text.segment.ArabicSegmenter;
import picocli.CommandLine.Command;
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
    @Option(names = "--shared", description = "shared data folder (default: ../shared beside the checkout)")
    Path shared;

    @Option(names = "--data", paramLabel = "FILE",
            description = "labeled training file (default: the CAMeL train split in the shared folder)")
    Path data;

    @Option(names = "--output", description = "model file (default: the resource in marsad-extract, " + NerTagger.RESOURCE + ")")
    Path output;

    @Option(names = "--articles", defaultValue = "0", description = "learn word classes from this many news articles (0 = all, default)")
    int articles;

    @Option(names = "--clusters-from", paramLabel = "MODEL",
            description = "reuse the word classes of this model file instead of learning them (faster experiments)")
    Path clustersFrom;

    @Option(names = "--epochs", description = "train this many epochs, skipping the dev-set choice")
    Integer epochs;

    @Option(names = "--max-epochs", defaultValue = "20", description = "most epochs tried on the dev set (default: ${DEFAULT-VALUE})")
    int maxEpochs;

    @Option(names = "--dev-fraction", defaultValue = "0.1", description = "share of train, from its end, used to choose epochs (default: ${DEFAULT-VALUE})")
    double devFraction;

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
        long t0 = System.nanoTime();
        List<LabeledSentence> train = data != null ? NerData.read(data, org.marsad.extract.ner.ConllReader.ANERCORP_TAGS)
                : NerData.camelTrain(shared);
        String trainName = data != null ? data.toString() : NerData.CAMEL_TRAIN;
        pw.printf("train: %d sentences, %d tokens (%s)%n", train.size(), tokens(train), trainName);
        WordClusters clusters = clusters(pw);
        pw.printf("word classes: %d words in %d leaves (%.1f s so far)%n", clusters.size(), clusters.leafCount(), secs(t0));
        pw.flush();

        ArabicSegmenter segmenter = ArabicSegmenter.standard();
        NerTrainer.Config config = new NerTrainer.Config(bits, maxEpochs, NerTrainer.Config.DEFAULT.folds(), NerTrainer.Config.DEFAULT.seed());
        int chosen;
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
            new NerTrainer(segmenter, clusters, config).train(fit, dev, e -> {
                double f1 = e.dev().overall().f1();
                pw.printf("  epoch %2d: %4d/%d sentences wrong, dev F1 %.2f%n", e.epoch(), e.errors(), e.sentences(), 100 * f1);
                pw.flush();
                if (f1 > best[0]) {
                    best[0] = f1;
                    bestEpoch[0] = e.epoch();
                }
            });
            chosen = bestEpoch[0];
            pw.printf("best dev F1 %.2f after %d epochs%n", 100 * best[0], chosen);
        }
        NerModel model = new NerTrainer(segmenter, clusters, config.withEpochs(chosen)).train(train, List.of(), e -> {
            pw.printf("  final epoch %2d: %4d/%d sentences wrong%n", e.epoch(), e.errors(), e.sentences());
            pw.flush();
        });
        Path out = output != null ? output : Path.of(System.getProperty("marsad.home", "."))
                .resolve("marsad-extract/src/main/resources" + NerTagger.RESOURCE);
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        try (OutputStream os = Files.newOutputStream(out)) {
            NerModelFile.write(model, String.format("marsad-ner v1: averaged perceptron, %d epochs, %d hash bits, trained on %s",
                    chosen, bits, trainName), os);
        }
        pw.printf("gazetteer: %d names from train%n", model.gazetteer().size());
        pw.printf("wrote %s (%d bytes) in %.1f s; rebuild marsad (./marsad does it) to ship it%n", out, Files.size(out), secs(t0));
        return 0;
    }

    private WordClusters clusters(PrintWriter pw) throws Exception {
        if (clustersFrom != null) {
            return NerData.tagger(clustersFrom).model().clusters();
        }
        Path data = SharedData.locate(shared);
        ClusterLearner learner = new ClusterLearner(ClusterLearner.Config.DEFAULT);
        long t0 = System.nanoTime();
        int n = NewsCorpora.forEach(data, articles, a -> {
            learner.add(a.title());
            learner.add(a.text());
        });
        pw.printf("read %d news articles, %d tokens in %.1f s; clustering...%n", n, learner.tokens(), secs(t0));
        pw.flush();
        return learner.build();
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
