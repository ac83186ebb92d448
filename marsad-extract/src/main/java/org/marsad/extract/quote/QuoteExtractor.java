package org.marsad.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.marsad.extract.doc.Annotator;
import org.marsad.extract.doc.Doc;
import org.marsad.extract.link.Mention;
import org.marsad.text.sentence.Sentence;

/**
 * Finds quotations and their speakers. Runs after entity linking.
 *
 * <ul>
 *   <li>A speech verb ({@link CueLexicon}) followed, within a few words, by «إن/أن», a colon, its
 *       preposition («أشار إلى»), or a quote mark opens a quotation: reported speech up to the end
 *       of the sentence (or up to the next «، مضيفاً ...»), or the quoted words when marks follow.</li>
 *   <li>Words in quote marks followed by «، قال ...» or «، بحسب ...» get that speaker; other quoted
 *       passages of five words or more are quotations without a speaker; shorter ones are names
 *       or titles («حركة "حماس"») and are skipped.</li>
 *   <li>The speaker is the person or organization between the verb and the speech, else that noun
 *       phrase; with no words there, an entity right before the verb («الوزير سامح شكري أكد أن»);
 *       with a conjunction (وأضاف) or a participle (مضيفاً), the last speaker of the same gender.
 *       Anything else leaves the speaker null.</li>
 * </ul>
 */
public final class QuoteExtractor implements Annotator {
    private static final int SPEAKER_WINDOW = 16;
    private static final int MIN_UNATTRIBUTED_WORDS = 5;
    /** Words that attribute a preceding quotation: «»، بحسب الوزير». */
    private static final Set<String> ATTRIBUTIONS = Set.of("بحسب", "حسب", "وفق", "وفقا", "طبقا");
    private static final Set<String> PRONOUN_OBJECTS = Set.of(
            "فيه", "فيها", "له", "لها", "لهم", "لنا", "عنه", "عنها", "اليه", "اليها", "عليه", "عليها");
    /** «حسب قوله/تعبيرها/وصفه»: the speaker's own words, by the pronoun's gender. */
    private static final java.util.Map<String, Gender> OWN_WORDS = java.util.Map.of(
            "قوله", Gender.MASCULINE, "قولها", Gender.FEMININE, "تعبيره", Gender.MASCULINE, "تعبيرها", Gender.FEMININE,
            "وصفه", Gender.MASCULINE, "وصفها", Gender.FEMININE, "قولهم", Gender.PLURAL, "تعبيرهم", Gender.PLURAL);
    private static final Set<String> KANA = Set.of("كان", "كانت", "وكان", "وكانت", "فكان", "فكانت", "كانوا", "وكانوا");
    /** Words before a person that make them the addressee or topic, not the speaker. */
    private static final Set<String> ADDRESSEE = Set.of("الي", "مع", "عن", "ل", "لـ", "علي", "ضد", "بشان");

    @Override
    public void annotate(Doc doc) {
        List<QuoteMarks.Pair> pairs = QuoteMarks.find(doc.text());
        boolean[] used = new boolean[pairs.size()];
        List<Speaker> history = new ArrayList<>();
        List<Gender> genders = new ArrayList<>();
        List<Quote> found = new ArrayList<>();
        int nextPair = 0;
        for (int i = 0; i < doc.size(); i++) {
            int at = doc.token(i).start();
            while (nextPair < pairs.size() && pairs.get(nextPair).close() < at) {
                nextPair++;
            }
            if (insidePair(pairs, nextPair, at)) {
                continue; // a cue inside quoted words belongs to the quoted speaker's own speech
            }
            Cue cue = CueLexicon.lookup(doc.norm(i));
            if (cue == null || inParentheses(doc, i)) {
                continue; // «(آفاد)» is an agency's abbreviation, not the verb «أفاد»
            }
            Quote q = fromCue(doc, i, cue, pairs, used, history, genders);
            if (q != null) {
                found.add(q);
                if (q.speaker() != null) {
                    history.add(q.speaker());
                    genders.add(q.gender());
                }
            }
        }
        List<Quote> reported = List.copyOf(found);
        for (int p = 0; p < pairs.size(); p++) {
            if (!used[p]) {
                if (insideReported(pairs.get(p), reported)) {
                    continue;
                }
                Quote q = fromMarksAlone(doc, pairs.get(p), history, genders);
                if (q != null) {
                    found.add(q);
                }
            }
        }
        found.sort(Comparator.comparingInt(Quote::start));
        for (Quote q : found) {
            doc.addQuote(q);
        }
    }

    /**
     * Quoted words inside reported speech («قال الوزير إن الحكومة "ستواصل دعم الأسعار"») are already
     * part of that attributed quote; listing them again as a quote of their own would show the same
     * words twice, once without a speaker.
     */
    private static boolean insideReported(QuoteMarks.Pair p, List<Quote> reported) {
        for (Quote r : reported) {
            if (!r.direct() && r.speaker() != null && r.start() <= p.open() && p.close() < r.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean insidePair(List<QuoteMarks.Pair> pairs, int from, int at) {
        return from < pairs.size() && pairs.get(from).open() < at && at < pairs.get(from).close();
    }

    private Quote fromCue(Doc doc, int c, Cue cue, List<QuoteMarks.Pair> pairs, boolean[] used,
            List<Speaker> history, List<Gender> genders) {
        Sentence s = doc.sentenceOfToken(c);
        int limit = Math.min(s.endToken(), c + SPEAKER_WINDOW);
        int speakerEnd = -1;
        int contentStart = -1;
        int boundary = -1;
        int pair = -1;
        int speakerStart = c + 1;
        while (speakerStart < limit && PRONOUN_OBJECTS.contains(doc.norm(speakerStart))) {
            speakerStart++; // «قال فيه مسؤول», «أكد لها الوزير»
        }
        for (int j = c + 1; j < limit; j++) {
            String n = doc.norm(j);
            int closeParen = doc.isPunct(j, '(') ? closingParenthesis(doc, j, limit) : -1;
            if (closeParen > 0) {
                // «هيئة إدارة الكوارث (آفاد) إن»: an abbreviation or aside inside the speaker phrase ends it
                if (speakerEnd < 0 && j >= speakerStart) {
                    speakerEnd = j;
                }
                j = closeParen;
                continue;
            }
            pair = pairOpeningAt(pairs, doc.token(j).start());
            if (pair >= 0 && (used[pair] || !opensSpeech(doc, j, pairs.get(pair)))) {
                // a short quoted name in the speaker phrase («صحيفة "الأهرام"»): part of it, unless more
                // words follow it before the speech («بيان تلقت «الشرق الأوسط» نسخة منه»)
                int close = doc.tokenEndingAtOrBefore(pairs.get(pair).close() + 1);
                boolean last = close + 1 < limit && (CueLexicon.isComplementizer(doc.norm(close + 1))
                        || doc.isPunct(close + 1, ':') || SpeakerPhrase.cuts(doc, close + 1));
                if (!last && speakerEnd < 0 && j >= speakerStart) {
                    speakerEnd = j;
                }
                j = close;
                pair = -1;
                continue;
            }
            if (CueLexicon.lookup(n) != null) {
                break; // another speech verb: its own quotation, not this one's
            }
            if (pair >= 0) {
                contentStart = j;
                boundary = j;
                break;
            }
            if (CueLexicon.isComplementizer(n) || doc.isPunct(j, ':')) {
                contentStart = j + 1;
                boundary = j;
                break;
            }
            if (cue.preposition() != null && n.equals(cue.preposition())) {
                contentStart = j + 1 < s.endToken() && CueLexicon.isComplementizer(doc.norm(j + 1)) ? j + 2 : j + 1;
                boundary = j;
                break;
            }
            if (speakerEnd < 0 && j >= speakerStart && SpeakerPhrase.cuts(doc, j)) {
                speakerEnd = j;
            }
            boolean abbreviation = doc.isPunct(j, '.') && j > 0 && doc.token(j - 1).length() == 1; // «د.»
            if ((doc.isPunct(j, '.') && !abbreviation) || doc.isPunct(j, '؟') || doc.isPunct(j, '!')) {
                break;
            }
        }
        if (contentStart >= 0 && contentStart < s.endToken() && doc.isPunct(contentStart - 1, ':')
                && CueLexicon.isComplementizer(doc.norm(contentStart))) {
            contentStart++; // «قال: إن ...»
        }
        if (contentStart < 0 || contentStart >= s.endToken()) {
            return null;
        }
        if (pair < 0) {
            pair = pairOpeningAt(pairs, doc.token(contentStart).start());
            if (pair >= 0 && (used[pair] || !holdsTheSpeech(doc, pairs.get(pair), s.endToken()))) {
                pair = -1; // «أكد أن «إنستغرام» ...»: a quoted name opens reported speech, not a quotation
            }
        }
        if (speakerEnd < 0 || speakerEnd > boundary) {
            speakerEnd = boundary;
        }
        speakerStart = Math.min(speakerStart, speakerEnd);
        Speaker speaker = cue.participle() ? null : firstPerson(doc, c + 1, boundary);
        if (speaker == null && !cue.participle()) {
            speaker = SpeakerPhrase.of(doc, speakerStart, speakerEnd);
        }
        if (speaker == null && cue.conjunction() && !startsSentence(doc, c)) {
            speaker = sentenceSubject(doc, c);
        }
        if (speaker == null && !cue.participle()) {
            speaker = subjectAfterKana(doc, c);
        }
        if (speaker == null && !cue.participle() && !cue.conjunction()) {
            speaker = entityJustBefore(doc, c);
        }
        if (speaker == null && (cue.participle() || cue.conjunction() || startsSentence(doc, c))) {
            speaker = lastAgreeing(history, genders, cue.gender());
        }
        int cueStart = doc.token(c).start();
        int cueEnd = doc.token(c).end();
        if (pair >= 0) {
            used[pair] = true;
            QuoteMarks.Pair p = pairs.get(pair);
            int[] span = trim(doc.text(), p.open() + 1, p.close());
            return span == null ? null : new Quote(span[0], span[1], true, cueStart, cueEnd, speaker, cue.gender());
        }
        int last = contentEnd(doc, contentStart, s.endToken());
        if (last < contentStart) {
            return null;
        }
        int[] span = trim(doc.text(), doc.token(contentStart).start(), doc.token(last).end());
        return span == null ? null : new Quote(span[0], span[1], false, cueStart, cueEnd, speaker, cue.gender());
    }

    /** True when word {@code i} stands alone in parentheses: «(آفاد)». */
    private static boolean inParentheses(Doc doc, int i) {
        return i > 0 && i + 1 < doc.size() && doc.isPunct(i - 1, '(') && doc.isPunct(i + 1, ')');
    }

    /** The token closing the parenthesis opened at {@code open}, before {@code limit}, or -1. */
    private static int closingParenthesis(Doc doc, int open, int limit) {
        for (int k = open + 1; k < limit; k++) {
            if (doc.isPunct(k, ')')) {
                return k;
            }
            if (doc.isPunct(k, '(') || CueLexicon.isComplementizer(doc.norm(k)) || doc.isPunct(k, ':')) {
                return -1;
            }
        }
        return -1;
    }

    /** Quote marks after a cue hold the speech when they follow «:» or «إن», or hold four words or more. */
    private static boolean opensSpeech(Doc doc, int j, QuoteMarks.Pair p) {
        if (j > 0 && (doc.isPunct(j - 1, ':') || CueLexicon.isComplementizer(doc.norm(j - 1)))) {
            return true;
        }
        return wordsIn(doc, p.open() + 1, p.close()) >= 4;
    }

    /** Quote marks right after «إن»/«:» hold the whole speech when long, or when the sentence ends with them. */
    private static boolean holdsTheSpeech(Doc doc, QuoteMarks.Pair p, int sentenceEnd) {
        if (wordsIn(doc, p.open() + 1, p.close()) >= 4) {
            return true;
        }
        int after = doc.tokenAtOrAfter(p.close() + 1);
        return after >= sentenceEnd || !doc.type(after).isWordLike();
    }

    private static int wordsIn(Doc doc, int start, int end) {
        int words = 0;
        for (int i = doc.tokenAtOrAfter(start); i < doc.size() && doc.token(i).end() <= end; i++) {
            if (doc.type(i).isWordLike()) {
                words++;
            }
        }
        return words;
    }

    /**
     * The first person named between the verb and the speech: «وقالت المديرة العامة للصندوق
     * كريستالينا جورجيفا إن», «المتحدث باسم الوزارة، سامي يوسف، إن». A person after «إلى», «مع»,
     * «عن» or a standalone «ل» is who was spoken to or about, not the speaker.
     */
    private static Speaker firstPerson(Doc doc, int from, int boundary) {
        if (from >= boundary) {
            return null;
        }
        int end = doc.token(boundary - 1).end();
        for (Mention m : doc.mentions()) {
            if (m.type().equals("PER") && m.start() >= doc.token(from).start() && m.end() <= end) {
                for (int k = from; k < boundary && doc.token(k).end() <= m.start(); k++) {
                    if (ADDRESSEE.contains(doc.norm(k))) {
                        return null;
                    }
                }
                return SpeakerPhrase.fromMention(doc, m);
            }
        }
        return null;
    }

    /**
     * «وانتقد زعيم الحزب كير ستارمر الخطة، وقال: ...»: a speech verb with a conjunction inside a
     * sentence shares the subject of the sentence's first verb, the first person or organization
     * named in the sentence's first few words.
     */
    private static Speaker sentenceSubject(Doc doc, int c) {
        Sentence s = doc.sentenceOfToken(c);
        int limit = Math.min(c, s.firstToken() + 6);
        int end = doc.token(limit - 1).end();
        for (String type : new String[] {"PER", "ORG"}) {
            for (Mention m : doc.mentions()) {
                if (m.start() >= s.start() && m.end() <= end && m.type().equals(type)) {
                    return SpeakerPhrase.fromMention(doc, m); // «زعيم حزب العمال كير ستارمر»: the person
                }
            }
        }
        return null;
    }

    /**
     * «وكانت وزارة المالية أعلنت أن»: after «كان/كانت» (and «قد») the words up to the verb are its subject.
     */
    private static Speaker subjectAfterKana(Doc doc, int c) {
        Sentence s = doc.sentenceOfToken(c);
        int k = s.firstToken();
        if (k >= c || !KANA.contains(doc.norm(k))) {
            return null;
        }
        int from = k + 1;
        int to = c;
        if (to - 1 > from && doc.norm(to - 1).equals("قد")) {
            to--;
        }
        if (to <= from || to - from > 4) {
            return null;
        }
        for (int j = from; j < to; j++) {
            if (SpeakerPhrase.cuts(doc, j)) {
                return null;
            }
        }
        return SpeakerPhrase.of(doc, from, to);
    }

    /** Index of the pair whose opening mark is at char {@code offset}, or -1. */
    private static int pairOpeningAt(List<QuoteMarks.Pair> pairs, int offset) {
        int lo = 0;
        int hi = pairs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int o = pairs.get(mid).open();
            if (o == offset) {
                return mid;
            } else if (o < offset) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    /**
     * Last token of reported speech from {@code from}: the sentence end, or the comma before another
     * speech verb in the next three words («، مضيفاً»، «، وأضاف»، «، فيما حذر خبراء»).
     */
    private static int contentEnd(Doc doc, int from, int sentenceEnd) {
        int last = sentenceEnd - 1;
        outer:
        for (int j = from + 1; j + 1 < sentenceEnd; j++) {
            if (doc.isPunct(j, '،') || doc.isPunct(j, ',')) {
                for (int k = j + 1; k < Math.min(sentenceEnd, j + 4); k++) {
                    if (CueLexicon.lookup(doc.norm(k)) != null) {
                        last = j - 1;
                        break outer;
                    }
                    if (!doc.type(k).isWordLike()) {
                        break;
                    }
                }
            }
        }
        while (last >= from && !doc.type(last).isWordLike() && !closesBracket(doc, last)) {
            last--;
        }
        return last;
    }

    private static boolean closesBracket(Doc doc, int i) {
        return doc.isPunct(i, ')') || doc.isPunct(i, '»') || doc.isPunct(i, '”') || doc.isPunct(i, '"');
    }

    /** [start, end) without surrounding spaces and trailing . ، ؛ …; null when nothing is left. */
    static int[] trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ".،,؛;…".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end > start ? new int[] {start, end} : null;
    }

    private static boolean startsSentence(Doc doc, int c) {
        return doc.sentenceOfToken(c).firstToken() == c;
    }

    /** A named entity ending right before the cue (one comma allowed), in the same sentence. */
    private static Speaker entityJustBefore(Doc doc, int c) {
        int k = c - 1;
        if (k >= 0 && (doc.isPunct(k, '،') || doc.isPunct(k, ','))) {
            k--;
        }
        if (k < 0 || doc.sentenceOf(k) != doc.sentenceOf(c)) {
            return null;
        }
        int end = doc.token(k).end();
        for (Mention m : doc.mentions()) {
            if (m.end() == end) {
                return SpeakerPhrase.fromMention(doc, m);
            }
        }
        return null;
    }

    private static Speaker lastAgreeing(List<Speaker> history, List<Gender> genders, Gender g) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (genders.get(i) == g) {
                return history.get(i);
            }
        }
        return null;
    }

    /** Quoted words with no cue before them: a cue after («»، قال الوزير»), else unattributed if long enough. */
    private Quote fromMarksAlone(Doc doc, QuoteMarks.Pair p, List<Speaker> history, List<Gender> genders) {
        int[] span = trim(doc.text(), p.open() + 1, p.close());
        if (span == null) {
            return null;
        }
        int after = doc.tokenAtOrAfter(p.close() + 1);
        if (after < doc.size() && (doc.isPunct(after, '،') || doc.isPunct(after, ','))) {
            after++;
        }
        if (after < doc.size() && doc.sentenceOf(after) == doc.sentenceOf(Math.max(0, after - 1))) {
            String n = doc.norm(after);
            Cue cue = CueLexicon.lookup(n);
            boolean attribution = ATTRIBUTIONS.contains(n);
            if (attribution && after + 1 < doc.size() && OWN_WORDS.containsKey(doc.norm(after + 1))) {
                // «»، حسب قوله»: by his own words, the speaker before
                Gender g = OWN_WORDS.get(doc.norm(after + 1));
                return new Quote(span[0], span[1], true, doc.token(after).start(), doc.token(after).end(),
                        lastAgreeing(history, genders, g), g);
            }
            if (((cue != null && !cue.participle()) || attribution) && wordsIn(doc, span[0], span[1]) >= 3) {
                int from = after + 1;
                if (attribution && from < doc.size() && (doc.norm(from).equals("ل") || doc.norm(from).equals("لـ"))) {
                    from++;
                }
                int to = from;
                Sentence s = doc.sentenceOfToken(after);
                while (to < s.endToken() && to - from < SPEAKER_WINDOW && !SpeakerPhrase.cuts(doc, to)) {
                    to++;
                }
                Speaker speaker = SpeakerPhrase.of(doc, from, to);
                return new Quote(span[0], span[1], true, doc.token(after).start(), doc.token(after).end(), speaker,
                        cue == null ? null : cue.gender());
            }
        }
        return wordsIn(doc, span[0], span[1]) >= MIN_UNATTRIBUTED_WORDS ? new Quote(span[0], span[1], true, -1, -1, null, null) : null;
    }
}
