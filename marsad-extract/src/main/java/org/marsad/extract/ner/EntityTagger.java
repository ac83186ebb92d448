package org.marsad.extract.ner;

import java.util.List;
import org.marsad.text.tokenize.Token;

/** Finds named-entity mentions in a tokenized text; offsets are String indices into {@code text}. */
public interface EntityTagger {
    List<EntityMention> tag(String text, List<Token> tokens);
}
