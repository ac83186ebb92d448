package org.marsad.store.read;

import java.nio.file.Path;
import org.marsad.store.article.Article;

/**
 * A {@code .txt} file is one article, body only (like a news page copied as text). Its source is
 * the folder it lies in; it has no title, url or date.
 */
public final class TxtReader implements ArticleReader {
    @Override
    public void read(Path file, ReadSink sink) {
        try {
            byte[] bytes = FileBytes.read(file);
            String text = TextDecoder.decode(bytes, null);
            if (text.isBlank()) {
                throw new BadInputException("no text (only whitespace)");
            }
            sink.progress(bytes.length);
            sink.article(Article.of(FileBytes.folderSource(file), null, null, null, text.strip(), null), file.toString());
        } catch (BadInputException e) {
            sink.reject(new Rejection(file, 0, e.getMessage()));
        }
    }
}
