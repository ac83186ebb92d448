package org.marsad.store.read;

import java.nio.file.Path;

/** Reads one file of one format; reports every article and every rejection to the sink, never throws for bad content. */
public interface ArticleReader {
    void read(Path file, ReadSink sink);
}
