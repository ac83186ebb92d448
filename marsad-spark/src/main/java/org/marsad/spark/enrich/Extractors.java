package org.marsad.spark.enrich;

import org.marsad.extract.ner.NerTagger;
import org.marsad.extract.pipeline.Extractor;

/**
 * The extraction pipeline of this JVM, loaded on first use: once per executor, shared by its task
 * threads (the {@link Extractor} and the shipped NER model are thread-safe), never per record.
 */
public final class Extractors {
    private static volatile Extractor extractor;

    private Extractors() {}

    public static Extractor get() {
        Extractor e = extractor;
        if (e == null) {
            synchronized (Extractors.class) {
                e = extractor;
                if (e == null) {
                    e = new Extractor(NerTagger.standard());
                    extractor = e;
                }
            }
        }
        return e;
    }
}
