package org.marsad.store.read;

import java.nio.file.Path;

/** A saved {@code .html} page is one article; see {@link HtmlPage} for what is taken from it. */
public final class HtmlReader implements ArticleReader {
    @Override
    public void read(Path file, ReadSink sink) {
        try {
            byte[] bytes = FileBytes.read(file);
            sink.progress(bytes.length);
            sink.article(HtmlPage.read(bytes, null, null, FileBytes.folderSource(file)), file.toString());
        } catch (BadInputException e) {
            sink.reject(new Rejection(file, 0, e.getMessage()));
        }
    }
}
