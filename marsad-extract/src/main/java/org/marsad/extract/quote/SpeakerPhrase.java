package org.marsad.extract.quote;

import java.util.Set;
import org.marsad.extract.doc.Doc;
import org.marsad.extract.link.Clitics;
import org.marsad.extract.link.Entity;
import org.marsad.extract.link.Mention;
import org.marsad.text.normalize.ArabicNormalizer;

/**
 * Turns the words next to a speech verb into a {@link Speaker}: the person or organization the
 * tagger found there, else the noun phrase itself («مصدر مسؤول», «المتحدث باسم الوزارة»), cut
 * before what only says where or when it was said («في تصريحات»، «لـ"الأهرام"»، «أمس»).
 */
final class SpeakerPhrase {
    /** Words that end a speaker phrase: place/time/channel of the statement. */
    private static final Set<String> CUTS = Set.of(
            "في", "خلال", "عبر", "امام", "اثناء", "لدي", "امس", "اليوم", "مساء", "صباح", "ظهر", "عقب", "لـ", "ل", "حسبما",
            "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "يوم", "الليله", "ايضا", "كذلك",
            "بدوره", "بدورها", "من", "علي", "عن", "الي", "ان", "فيه", "فيها", "فيهم", "له", "لها", "لهم", "لنا", "لي",
            "عنه", "عنها", "معه", "معها", "اليه", "اليها", "عليه", "عليها");
    /** Channels after ل: «لصحيفة», «لوكالة»... */
    private static final Set<String> CHANNELS = Set.of(
            "صحيفه", "وكاله", "قناه", "موقع", "شبكه", "برنامج", "وسايل", "صحفيين", "صحفيون", "مراسل", "اذاعه", "تلفزيون");

    private SpeakerPhrase() {}

    /** True when token {@code i} cannot be part of a speaker phrase and ends it. */
    static boolean cuts(Doc doc, int i) {
        if (!doc.type(i).isWordLike()) {
            return true;
        }
        String n = doc.norm(i);
        if (doc.inDate(i)) {
            return true; // «أعلنت الوزارة الأسبوع الماضي أن»: when, not who
        }
        if (CUTS.contains(n) || CueLexicon.isComplementizer(n) || CueLexicon.lookup(n) != null) {
            return true;
        }
        if (n.startsWith("لل")) {
            return true; // «للصحفيين», «للوزارة»: the addressee, not the speaker
        }
        if (n.length() > 5 && n.charAt(0) == 'ل' && (n.endsWith("يه") || n.endsWith("يها") || n.endsWith("يهم"))) {
            return true; // «لمتابعيه», «لمحبيه»: who it was said to
        }
        return n.length() > 2 && n.charAt(0) == 'ل' && CHANNELS.contains(Clitics.core(n.substring(1)));
    }

    /** The speaker named by tokens {@code [from, to)}, or null when the range holds no word. */
    static Speaker of(Doc doc, int from, int to) {
        if (from >= to) {
            return null;
        }
        int start = doc.token(from).start();
        int end = doc.token(to - 1).end();
        Mention m = doc.mentionWithin(start, end);
        // a person, or an organization that starts the phrase («وزارة الصحة»); «ممثلة منظمة الصحة» is a person
        // described by the organization, so the phrase itself is the speaker
        if (m != null && (m.type().equals("PER") || (m.start() == start && (m.type().equals("ORG") || m.end() == end)))) {
            return fromMention(doc, m);
        }
        String shown = ArabicNormalizer.display().normalize(doc.text().substring(start, end)).strip();
        String bare = Clitics.withoutConjunction(doc.norm(from));
        if (!bare.equals(doc.norm(from)) && bare.startsWith("ال")) {
            shown = shown.substring(1);
        }
        return new Speaker(start, end, shown.replaceAll("\\s+", " "), -1);
    }

    static Speaker fromMention(Doc doc, Mention m) {
        Entity e = doc.entities().get(m.entity());
        return new Speaker(m.start(), m.end(), e.canonical(), e.id());
    }
}
