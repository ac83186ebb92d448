package org.marsad.store.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.marsad.extract.ner.EntityMention;
import org.marsad.extract.ner.EntityTagger;
import org.marsad.text.tokenize.Token;

/**
 * A tagger for tests that knows a fixed list of names: every whole-word occurrence, longest name
 * first, so archive tests do not depend on what the statistical model makes of a sentence.
 */
public final class NameListTagger implements EntityTagger {
    private final Map<String, String> typeByName;

    public NameListTagger(Map<String, String> typeByName) {
        this.typeByName = typeByName;
    }

    @Override
    public List<EntityMention> tag(String text, List<Token> tokens) {
        List<String> names = new ArrayList<>(typeByName.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        boolean[] taken = new boolean[text.length()];
        List<EntityMention> out = new ArrayList<>();
        for (String n : names) {
            for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
                int end = at + n.length();
                if (!boundary(text, at - 1) || !boundary(text, end) || taken[at] || taken[end - 1]) {
                    continue;
                }
                for (int i = at; i < end; i++) {
                    taken[i] = true;
                }
                out.add(new EntityMention(at, end, typeByName.get(n)));
            }
        }
        out.sort(Comparator.comparingInt(EntityMention::start));
        return out;
    }

    /** Names are whole words: the chars around them are not letters. */
    private static boolean boundary(String text, int i) {
        return i < 0 || i >= text.length() || !Character.isLetter(text.charAt(i));
    }
}
