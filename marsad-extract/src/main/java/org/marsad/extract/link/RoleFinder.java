package org.marsad.extract.link;

import java.util.Set;
import org.marsad.extract.doc.Doc;

/**
 * Finds the title written just before a person's name: «الرئيس الأمريكي دونالد ترامب» gives
 * «الرئيس الأمريكي», «المتحدث باسم الوزارة، سامي يوسف» gives «المتحدث باسم الوزارة». The role
 * starts at the title word nearest the name (extended left over adjacent titles, «نائب رئيس»)
 * and runs up to the name, across at most one comma right before it.
 */
public final class RoleFinder {
    /** Words a role never runs across: speech verbs, complementizers, time words. */
    private static final Set<String> STOPS = Set.of(
            "قال", "قالت", "اكد", "اكدت", "اضاف", "اضافت", "ان", "انه", "انها", "امس", "اليوم", "غدا", "الذي", "التي",
            "حيث", "كما", "بعد", "قبل", "مع", "عن", "الي", "علي", "من", "و", "او", "ثم", "لكن", "اعلن", "اعلنت", "صرح");
    private static final int WINDOW = 7;

    private RoleFinder() {}

    /**
     * The title set off by commas right after a name: «سامي يوسف، المتحدث باسم الوزارة، إن» gives
     * «المتحدث باسم الوزارة». It must start with a title word and ends at the next comma or
     * punctuation, «إن/أن» or a speech verb, within six words.
     */
    public static String roleAfter(Doc doc, int nameEnd) {
        int i = doc.tokenAtOrAfter(nameEnd);
        if (i + 1 >= doc.size() || !(doc.isPunct(i, '،') || doc.isPunct(i, ','))) {
            return null;
        }
        int first = i + 1;
        if (!doc.type(first).isWordLike() || !Titles.isTitle(doc.norm(first)) || doc.sentenceOf(first) != doc.sentenceOf(i)) {
            return null;
        }
        int last = first;
        while (last + 1 < doc.size() && last + 1 - first < 6 && doc.type(last + 1).isWordLike()
                && !STOPS.contains(doc.norm(last + 1)) && doc.sentenceOf(last + 1) == doc.sentenceOf(first)) {
            last++;
        }
        boolean closed = last + 1 < doc.size() && (doc.isPunct(last + 1, '،') || doc.isPunct(last + 1, ',')
                || STOPS.contains(doc.norm(last + 1)));
        return closed ? doc.text().substring(doc.token(first).start(), doc.token(last).end()) : null;
    }

    /** The role before the name starting at char {@code nameStart}, as written in the text; null when none. */
    public static String roleBefore(Doc doc, int nameStart) {
        int name = doc.tokenAtOrAfter(nameStart);
        int i = name - 1;
        int roleEnd = i;
        if (i >= 0 && (doc.isPunct(i, '،') || doc.isPunct(i, ','))) {
            i--;
            roleEnd = i;
        }
        int sentence = name < doc.size() ? doc.sentenceOf(name) : -1;
        int title = -1;
        for (int steps = 0; i >= 0 && steps < WINDOW; i--, steps++) {
            if (!doc.type(i).isWordLike() || doc.sentenceOf(i) != sentence || STOPS.contains(doc.norm(i))) {
                break;
            }
            if (Titles.isTitle(doc.norm(i))) {
                title = i;
                while (title > 0 && doc.type(title - 1).isWordLike() && doc.sentenceOf(title - 1) == sentence
                        && Titles.isTitle(doc.norm(title - 1))) {
                    title--;
                }
                break;
            }
        }
        if (title < 0 || roleEnd < title) {
            return null;
        }
        int from = doc.token(title).start();
        String first = doc.norm(title);
        if (!Clitics.withoutConjunction(first).equals(first) && Titles.isTitle(Clitics.withoutConjunction(first))) {
            from++; // «والرئيس» keeps its role without the conjunction
        }
        return doc.text().substring(from, doc.token(roleEnd).end());
    }
}
