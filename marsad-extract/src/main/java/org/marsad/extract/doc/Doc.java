package org.marsad.extract.doc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.marsad.extract.claim.Claim;
import org.marsad.extract.date.DateMention;
import org.marsad.extract.link.Entity;
import org.marsad.extract.link.Mention;
import org.marsad.extract.quote.Quote;
import org.marsad.text.normalize.ArabicNormalizer;
import org.marsad.text.sentence.Sentence;
import org.marsad.text.sentence.SentenceSplitter;
import org.marsad.text.tokenize.ArabicTokenizer;
import org.marsad.text.tokenize.Token;
import org.marsad.text.tokenize.TokenType;

/**
 * One article as the extractors see it, in the manner of spaCy's {@code Doc}: the original text,
 * its tokens and sentences, and the annotations that pipeline components add. Every annotation
 * is a span of the original text; normalization is only a view ({@link #norm(int)}).
 */
public final class Doc {
    private final String text;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final LocalDate date;
    private final String[] norm;
    private final int[] sentenceOf;

    private final List<Mention> mentions = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<DateMention> dates = new ArrayList<>();

    /**
     * @param date the article's publication date, used to resolve relative dates; null when unknown
     */
    public Doc(String text, LocalDate date) {
        this.text = text;
        this.date = date;
        this.tokens = ArabicTokenizer.tokenize(text);
        this.sentences = SentenceSplitter.split(text, tokens);
        this.norm = new String[tokens.size()];
        ArabicNormalizer search = ArabicNormalizer.search();
        for (int i = 0; i < norm.length; i++) {
            Token t = tokens.get(i);
            norm[i] = t.type() == TokenType.ARABIC || t.type() == TokenType.NUMBER || t.type() == TokenType.LATIN
                    ? search.normalize(text.subSequence(t.start(), t.end()))
                    : text.substring(t.start(), t.end());
        }
        this.sentenceOf = new int[tokens.size()];
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sn = sentences.get(s);
            for (int i = sn.firstToken(); i < sn.endToken(); i++) {
                sentenceOf[i] = s;
            }
        }
    }

    public String text() {
        return text;
    }

    public LocalDate date() {
        return date;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** Search-normalized form of token {@code i} (alef, ya, ta marbuta folded; digits to 0-9); punctuation as is. */
    public String norm(int i) {
        return norm[i];
    }

    public TokenType type(int i) {
        return tokens.get(i).type();
    }

    public String surface(int i) {
        Token t = tokens.get(i);
        return text.substring(t.start(), t.end());
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** Index of the sentence that holds token {@code i}. */
    public int sentenceOf(int i) {
        return sentenceOf[i];
    }

    public Sentence sentenceOfToken(int i) {
        return sentences.get(sentenceOf[i]);
    }

    /** True when token {@code i} is punctuation whose first char is {@code c}. */
    public boolean isPunct(int i, char c) {
        Token t = tokens.get(i);
        return t.type() == TokenType.PUNCT && text.charAt(t.start()) == c;
    }

    /**
     * Char offset in the original text after the first {@code letters} normalized letters of token
     * {@code i}: where a word starts once its proclitics («بنحو» → «نحو») are left out. Chars the
     * search normalizer drops (harakat, tatweel) right after a letter stay with that letter.
     */
    public int offsetAfterLetters(int i, int letters) {
        Token t = tokens.get(i);
        ArabicNormalizer search = ArabicNormalizer.search();
        int p = t.start();
        int seen = 0;
        while (p < t.end() && seen < letters) {
            if (!search.removes(text.charAt(p))) {
                seen++;
            }
            p++;
        }
        while (p < t.end() && search.removes(text.charAt(p))) {
            p++;
        }
        return p;
    }

    /** The first token starting at or after char {@code offset}; {@link #size()} if none. */
    public int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The last token ending at or before char {@code offset}; -1 if none. */
    public int tokenEndingAtOrBefore(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    public List<Mention> mentions() {
        return Collections.unmodifiableList(mentions);
    }

    public List<Entity> entities() {
        return Collections.unmodifiableList(entities);
    }

    public List<Quote> quotes() {
        return Collections.unmodifiableList(quotes);
    }

    public List<Claim> claims() {
        return Collections.unmodifiableList(claims);
    }

    public List<DateMention> dates() {
        return Collections.unmodifiableList(dates);
    }

    public void addMention(Mention m) {
        mentions.add(m);
    }

    public void addEntity(Entity e) {
        entities.add(e);
    }

    public void addQuote(Quote q) {
        quotes.add(q);
    }

    public void addClaim(Claim c) {
        claims.add(c);
    }

    public void addDate(DateMention d) {
        dates.add(d);
    }

    /** True when token {@code i} lies inside a date found earlier in the pipeline. */
    public boolean inDate(int i) {
        int at = tokens.get(i).start();
        for (DateMention d : dates) {
            if (d.start() <= at && at < d.end()) {
                return true;
            }
        }
        return false;
    }

    /** The mention that covers char span {@code [start, end)} best, or null: used to give a speaker its entity. */
    public Mention mentionWithin(int start, int end) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.start() >= start && m.end() <= end && (best == null || rank(m) < rank(best))) {
                best = m;
            }
        }
        return best;
    }

    private static int rank(Mention m) {
        return switch (m.type()) {
            case "PER" -> 0;
            case "ORG" -> 1;
            default -> 2;
        };
    }
}
