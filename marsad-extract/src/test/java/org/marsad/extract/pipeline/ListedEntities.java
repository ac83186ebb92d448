package org.marsad.extract.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.marsad.extract.ner.EntityMention;
import org.marsad.extract.ner.EntityTagger;
import org.marsad.text.tokenize.Token;

/**
 * A tagger for tests of the components after NER: it tags every whole-word occurrence of the names it
 * is given ("PER:دونالد ترامب"), longest first, so linking, speakers and roles are tested apart from
 * the statistical tagger's errors.
 */
public final class ListedEntities implements EntityTagger {
    private final List<String[]> names = new ArrayList<>();

    public ListedEntities(String... typedNames) {
        for (String t : typedNames) {
            int colon = t.indexOf(':');
            names.add(new String[] {t.substring(0, colon), t.substring(colon + 1)});
        }
        names.sort((a, b) -> Integer.compare(b[1].length(), a[1].length()));
    }

    @Override
    public List<EntityMention> tag(String text, List<Token> tokens) {
        List<EntityMention> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        for (String[] n : names) {
            int from = 0;
            int at;
            while ((at = text.indexOf(n[1], from)) >= 0) {
                int end = at + n[1].length();
                from = end;
                int s = -1;
                boolean wordEnd = false;
                for (Token t : tokens) {
                    if (t.start() <= at && at < t.end()) {
                        s = t.start();
                    }
                    wordEnd |= t.end() == end;
                }
                boolean free = true;
                for (int i = at; i < end; i++) {
                    free &= !taken[i];
                }
                if (s >= 0 && wordEnd && free) {
                    for (int i = s; i < end; i++) {
                        taken[i] = true;
                    }
                    out.add(new EntityMention(s, end, n[0]));
                }
            }
        }
        return out;
    }
}
