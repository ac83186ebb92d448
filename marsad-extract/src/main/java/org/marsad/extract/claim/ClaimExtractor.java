package org.marsad.extract.claim;

import java.math.BigDecimal;
import java.util.List;
import org.marsad.extract.doc.Annotator;
import org.marsad.extract.doc.Doc;
import org.marsad.extract.date.DateMention;
import org.marsad.extract.quote.Quote;
import org.marsad.extract.quote.Speaker;
import org.marsad.text.tokenize.TokenType;

/**
 * Finds claimed figures: a number in digits (Western or Arabic-Indic, with ٫ ٬), or a bare scale word
 * («مليون دولار»), followed by an optional scale word and a unit (%, «في المائة», a currency, a
 * counted noun, a measure), with an optional qualifier before it. A number with no unit is not a
 * claim («المادة 5»); numbers inside dates are skipped. Runs after dates and quotes: a figure inside
 * a quotation takes its speaker as claimant.
 */
public final class ClaimExtractor implements Annotator {
    @Override
    public void annotate(Doc doc) {
        List<DateMention> dates = doc.dates();
        for (int i = 0; i < doc.size(); i++) {
            boolean digits = doc.type(i) == TokenType.NUMBER;
            boolean bareScale = !digits && Numbers.singularScale(doc.norm(i))
                    && (i == 0 || doc.type(i - 1) != TokenType.NUMBER);
            if (!digits && !bareScale) {
                continue;
            }
            if (insideDate(dates, doc.token(i).start())) {
                continue;
            }
            int next = claimAt(doc, i, digits);
            if (next > i) {
                i = next - 1;
            }
        }
    }

    /** Reads the claim whose number is token {@code i}; returns the token after it, or -1 when there is none. */
    private int claimAt(Doc doc, int i, boolean digits) {
        String n = doc.norm(i);
        boolean percent = false;
        boolean scaled = !digits;
        BigDecimal value;
        int j = i + 1;
        if (digits) {
            percent = n.endsWith("%");
            value = Numbers.parse(percent ? n.substring(0, n.length() - 1) : n);
            if (value == null) {
                return -1;
            }
            if (!percent && j < doc.size() && (doc.isPunct(j, '%') || doc.isPunct(j, '٪') || isSymbol(doc, j, '%'))) {
                percent = true;
                j++;
            }
            BigDecimal scale = j < doc.size() && !percent ? Numbers.scale(doc.norm(j)) : null;
            if (scale != null) {
                scaled = true;
                value = value.multiply(scale);
                j++;
            }
        } else {
            value = Numbers.scale(n);
        }
        Unit unit = null;
        boolean dollarSign = i > 0 && isSymbol(doc, i - 1, '$');
        if (percent) {
            unit = Unit.PERCENT;
        } else if (j < doc.size()) {
            String w = doc.norm(j);
            if ((w.equals("في") || w.equals("ف")) && j + 1 < doc.size() && isHundred(doc.norm(j + 1))) {
                unit = Unit.PERCENT;
                j += 2;
            } else if (w.startsWith("بال") && isHundred(w.substring(1))) {
                unit = Unit.PERCENT;
                j++;
            } else if ((unit = UnitLexicon.unit(w)) != null) {
                j++;
                Unit two = j < doc.size() ? UnitLexicon.twoWords(w, doc.norm(j), unit) : null;
                if (two != null) {
                    unit = two;
                    j++;
                }
                if (unit.kind() == Unit.Kind.MONEY && j < doc.size()) {
                    Unit q = UnitLexicon.qualified(w, doc.norm(j));
                    if (q != null) {
                        unit = q;
                        j++;
                    }
                }
            }
        }
        if (unit == null && !dollarSign && (scaled || (isInteger(n) && !looksLikeYear(n)))) {
            unit = CountedNoun.at(doc, j, i);
            if (unit != null) {
                j++;
            }
        }
        if (unit == null && dollarSign) {
            unit = new Unit(Unit.Kind.MONEY, "USD", "USD");
        }
        if (unit == null) {
            return -1;
        }
        int first = dollarSign ? i - 1 : i;
        int start = doc.token(first).start();
        String qualifier = null;
        Qualifiers.Match q = Qualifiers.before(doc, first);
        if (q != null) {
            qualifier = q.shown();
            start = doc.offsetAfterLetters(q.token(), q.prefixLetters());
        }
        int end = doc.token(j - 1).end();
        if (Qualifiers.approximatelyAt(doc, j) && qualifier == null) {
            qualifier = "تقريبا";
            end = doc.token(j).end();
            j++;
        }
        Speaker claimant = claimant(doc, start, end);
        int[] subject = SubjectFinder.find(doc, q != null ? q.token() : first);
        doc.addClaim(new Claim(start, end, Numbers.plain(value), unit, qualifier, claimant,
                subject == null ? -1 : subject[0], subject == null ? -1 : subject[1]));
        return j;
    }

    /** True for whole numbers: a decimal counts a noun only with a scale word («3.8 مليون أسرة»), since «2.8 طفل» is a rate whose unit must be listed. */
    private static boolean isInteger(String n) {
        return n.indexOf('.') < 0 && !n.endsWith("%");
    }

    private static boolean looksLikeYear(String n) {
        return n.length() == 4 && (n.startsWith("19") || n.startsWith("20"));
    }

    private static boolean isHundred(String w) {
        return w.equals("المايه") || w.equals("الميه") || w.equals("الماية") || w.equals("المية");
    }

    private static boolean isSymbol(Doc doc, int i, char c) {
        return doc.type(i) != TokenType.ARABIC && doc.token(i).length() == 1 && doc.text().charAt(doc.token(i).start()) == c;
    }

    private static boolean insideDate(List<DateMention> dates, int offset) {
        for (DateMention d : dates) {
            if (d.start() <= offset && offset < d.end()) {
                return true;
            }
        }
        return false;
    }

    private static Speaker claimant(Doc doc, int start, int end) {
        for (Quote qt : doc.quotes()) {
            if (qt.start() <= start && end <= qt.end()) {
                return qt.speaker();
            }
        }
        return null;
    }
}
