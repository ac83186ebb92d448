package org.marsad.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.app.corpus.CorpusArticle;
import org.marsad.app.corpus.NewsCorpora;
import org.marsad.store.article.Article;
import org.marsad.store.read.DateParser;

/** The news corpora as archive articles, in memory, for the benchmarks (articles without text are left out). */
final class BenchCorpus {
    private BenchCorpus() {}

    static List<Article> load(Path shared, int limit) {
        List<Article> out = new ArrayList<>();
        NewsCorpora.forEach(shared, limit, a -> {
            if (a.text() != null && !a.text().isBlank()) {
                out.add(toArticle(a));
            }
        });
        return out;
    }

    static Article toArticle(CorpusArticle a) {
        LocalDate date = DateParser.parse(a.date());
        return Article.of(a.source() == null || a.source().isBlank() ? "unknown" : a.source(), null, a.title(), date,
                a.text().strip(), null);
    }
}
