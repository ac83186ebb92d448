package org.marsad.extract.eval;

import java.util.ArrayList;
import java.util.List;
import org.marsad.extract.ner.EntityMention;
import org.marsad.extract.ner.EntityTagger;
import org.marsad.text.tokenize.Token;

/**
 * A tagger that returns an article's gold entity mentions: scoring quotes and claims with it shows
 * what the later components get right when NER is perfect, apart from NER's own errors.
 */
public final class GivenEntities implements EntityTagger {
    private final GoldArticle article;

    public GivenEntities(GoldArticle article) {
        this.article = article;
    }

    @Override
    public List<EntityMention> tag(String text, List<Token> tokens) {
        if (!text.equals(article.text())) {
            throw new IllegalArgumentException("gold entities of article " + article.id() + " asked for another text");
        }
        List<EntityMention> out = new ArrayList<>();
        for (GoldArticle.Entity e : article.entities()) {
            out.add(new EntityMention(e.start(), e.end(), e.type()));
        }
        return out;
    }
}
