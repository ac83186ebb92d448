package org.marsad.spark.read;

import org.marsad.store.article.Article;

/**
 * One input record: the article read at {@code file}:{@code line}, or, when {@code article} is
 * null, the reason it could not be read. {@code line} is the 1-based line of a JSONL file or the
 * 1-based row of a Parquet file.
 */
public record InputRecord(String file, long line, Article article, String reject) {
    public static InputRecord read(String file, long line, Article article) {
        return new InputRecord(file, line, article, null);
    }

    public static InputRecord rejected(String file, long line, String reason) {
        return new InputRecord(file, line, null, reason);
    }
}
