package org.marsad.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.marsad.app.corpus.SharedData;
import org.marsad.extract.ner.ConllReader;
import org.marsad.extract.ner.LabeledSentence;
import org.marsad.extract.ner.NerTagger;

/** The NER data sets in the shared folder and the model the NER commands use, with clear errors. */
final class NerData {
    static final String CAMEL_TRAIN = "anercorp-camel/ANERCorp_CamelLab_train.txt";
    static final String CAMEL_TEST = "anercorp-camel/ANERCorp_CamelLab_test.txt";
    static final String AQMAR = "aqmar";
    /** AQMAR's dev articles (Mohit et al. 2012); every other article is the test split. */
    static final Set<String> AQMAR_DEV = Set.of("Damascus", "Atom", "Raul_Gonzales", "Linux", "Imam_Hussein_Shrine",
            "Nuclear_Power", "Real_Madrid", "Solaris");

    private NerData() {}

    static List<LabeledSentence> camelTrain(Path shared) {
        return read(SharedData.require(SharedData.locate(shared), CAMEL_TRAIN), ConllReader.ANERCORP_TAGS);
    }

    static List<LabeledSentence> camelTest(Path shared) {
        return read(SharedData.require(SharedData.locate(shared), CAMEL_TEST), ConllReader.ANERCORP_TAGS);
    }

    /** The AQMAR test articles of a folder, tags mapped to ANERcorp's, in file-name order. */
    static List<LabeledSentence> aqmarTest(Path folder) {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(p -> !AQMAR_DEV.contains(p.getFileName().toString().replace(".txt", "")))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UserException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new UserException(folder + ": no AQMAR article files (*.txt)");
        }
        List<LabeledSentence> out = new ArrayList<>();
        for (Path f : files) {
            out.addAll(read(f, ConllReader.AQMAR_TAGS));
        }
        return out;
    }

    static Path aqmarFolder(Path shared) {
        return SharedData.require(SharedData.locate(shared), AQMAR);
    }

    static int aqmarTestFiles(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return (int) s.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(p -> !AQMAR_DEV.contains(p.getFileName().toString().replace(".txt", ""))).count();
        } catch (IOException e) {
            throw new UserException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    static List<LabeledSentence> read(Path file, UnaryOperator<String> mapping) {
        if (!Files.isRegularFile(file)) {
            throw new UserException(file + ": no such file");
        }
        try {
            return ConllReader.readLabeled(file, mapping);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new UserException(e.getMessage(), e);
        }
    }

    /** The model of {@code --model FILE}, else the shipped one. */
    static NerTagger tagger(Path model) {
        if (model == null) {
            return NerTagger.standard();
        }
        try {
            return NerTagger.load(model);
        } catch (IOException e) {
            throw new UserException("cannot read NER model " + model + ": " + e.getMessage(), e);
        }
    }
}
