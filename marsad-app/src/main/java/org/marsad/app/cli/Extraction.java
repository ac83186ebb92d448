package org.marsad.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.marsad.extract.ner.EntityTagger;
import org.marsad.extract.ner.NerTagger;
import org.marsad.extract.pipeline.Extractor;

/** The extraction pipeline over the shipped NER model (or a model file), with a clear error when it is missing. */
final class Extraction {
    private Extraction() {}

    static Extractor extractor(Path nerModel) {
        return new Extractor(tagger(nerModel));
    }

    static EntityTagger tagger(Path nerModel) {
        if (nerModel != null) {
            try {
                return NerTagger.load(nerModel);
            } catch (IOException e) {
                throw new UserException(nerModel + ": cannot read NER model: " + e.getMessage(), e);
            }
        }
        try {
            return NerTagger.standard();
        } catch (IllegalStateException | ExceptionInInitializerError e) {
            Throwable cause = e instanceof ExceptionInInitializerError && e.getCause() != null ? e.getCause() : e;
            throw new UserException("cannot load the NER model: " + cause.getMessage(), cause);
        }
    }
}
