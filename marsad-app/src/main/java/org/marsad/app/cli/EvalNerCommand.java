package org.marsad.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.extract.ner.BioTags;
import org.marsad.extract.ner.ConllReader;
import org.marsad.extract.ner.EntityScorer;
import org.marsad.extract.ner.LabeledSentence;
import org.marsad.extract.ner.MostFrequentTagBaseline;
import org.marsad.extract.ner.NerTagger;
import org.marsad.extract.ner.NerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad eval ner}: entity-level P/R/F1 of the tagger and of a baseline, in one run. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {
            "Entity-level precision, recall and F1 (conlleval: exact span and type), overall and per type, of the",
            "NER tagger and of a most-frequent-tag-per-word baseline learned from the same train split.",
            "Default data: the ANERcorp CAMeL test split. --aqmar: the 20 AQMAR test articles (Wikipedia,",
            "out of domain; MIS* tags scored as MISC, PER as PERS)."
        })
final class EvalNerCommand implements Callable<Integer> {
    @Mixin
    SharedOption shared;

    @Option(names = "--data", paramLabel = "FILE|DIR",
            description = "labeled CoNLL file (ANERcorp tags), or an AQMAR folder (its test articles are used)")
    Path data;

    @Option(names = "--aqmar", description = "evaluate on the AQMAR test articles of the shared folder")
    boolean aqmar;

    @Option(names = "--model", paramLabel = "FILE", description = "model file (default: the shipped model)")
    Path model;

    @Option(names = "--train", paramLabel = "FILE",
            description = "labeled file the baseline learns from (default: the CAMeL train split, as the model)")
    Path train;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter pw = spec.commandLine().getOut();
        List<LabeledSentence> test;
        String name;
        if (aqmar || (data != null && Files.isDirectory(data))) {
            Path folder = data != null ? data : NerData.aqmarFolder(shared.folder());
            test = NerData.aqmarTest(folder);
            name = "AQMAR test (" + NerData.aqmarTestFiles(folder) + " articles in " + folder + ")";
        } else if (data != null) {
            test = NerData.read(data, ConllReader.ANERCORP_TAGS);
            name = data.toString();
        } else {
            test = NerData.camelTest(shared.folder());
            name = "ANERcorp CAMeL test (" + NerData.CAMEL_TEST + ")";
        }
        List<LabeledSentence> trainSet = train != null ? NerData.read(train, ConllReader.ANERCORP_TAGS) : NerData.camelTrain(shared.folder());
        NerTagger tagger = NerData.tagger(model);

        pw.printf("data: %s: %d sentences, %d tokens%n", name, test.size(), TrainNerCommand.tokens(test));
        long t0 = System.nanoTime();
        EntityScorer ours = NerTrainer.evaluate(tagger, test);
        double secs = (System.nanoTime() - t0) / 1e9;
        EntityScorer baseline = new MostFrequentTagBaseline(trainSet).evaluate(test);
        print(pw, "marsad NER (averaged perceptron + Viterbi)", ours);
        pw.printf("  (tagged in %.2f s)%n", secs);
        print(pw, "baseline: most frequent train tag per word", baseline);
        return 0;
    }

    private static void print(PrintWriter pw, String title, EntityScorer s) {
        pw.println();
        pw.println(title);
        pw.printf("  %-8s %9s %9s %9s %7s %7s%n", "type", "precision", "recall", "F1", "gold", "found");
        for (int t = 0; t < BioTags.TYPES.size(); t++) {
            row(pw, BioTags.TYPES.get(t), s.of(t));
        }
        row(pw, "overall", s.overall());
        pw.printf("  token accuracy %.2f%%%n", 100 * s.tokenAccuracy());
    }

    private static void row(PrintWriter pw, String type, EntityScorer.Score s) {
        pw.printf("  %-8s %8.2f%% %8.2f%% %9.2f %7d %7d%n", type, 100 * s.precision(), 100 * s.recall(), 100 * s.f1(),
                s.gold(), s.predicted());
    }
}
