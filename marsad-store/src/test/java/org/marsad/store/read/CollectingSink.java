package org.marsad.store.read;

import java.util.ArrayList;
import java.util.List;
import org.marsad.store.article.Article;

/** Keeps what a reader reports, for assertions. */
public final class CollectingSink implements ReadSink {
    public final List<Article> articles = new ArrayList<>();
    public final List<String> origins = new ArrayList<>();
    public final List<Rejection> rejections = new ArrayList<>();

    @Override
    public void article(Article article, String origin) {
        articles.add(article);
        origins.add(origin);
    }

    @Override
    public void reject(Rejection rejection) {
        rejections.add(rejection);
    }
}
