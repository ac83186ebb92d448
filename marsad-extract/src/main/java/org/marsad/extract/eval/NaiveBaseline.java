package org.marsad.extract.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.extract.doc.Doc;
import org.marsad.extract.link.Mention;
import org.marsad.text.tokenize.TokenType;

/**
 * What a quick regex-style extractor gets, to put marsad's scores in context: every pair of quote
 * marks is a quotation said by the nearest person named before it in the sentence; every number
 * with the word after it is a claim (no scale words, qualifiers or currency codes); dates are
 * «day month-name [year]» with Egyptian month names and yyyy/mm/dd only, with no relative dates.
 * It sees the same entity mentions as marsad.
 */
public final class NaiveBaseline {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("يناير", 1), Map.entry("فبراير", 2), Map.entry("مارس", 3), Map.entry("ابريل", 4),
            Map.entry("مايو", 5), Map.entry("يونيو", 6), Map.entry("يوليو", 7), Map.entry("اغسطس", 8),
            Map.entry("سبتمبر", 9), Map.entry("اكتوبر", 10), Map.entry("نوفمبر", 11), Map.entry("ديسمبر", 12));

    private NaiveBaseline() {}

    /** Predictions from a doc that has been through NER (its mentions are reused). */
    public static Predicted predict(Doc doc) {
        String text = doc.text();
        List<GoldArticle.Entity> es = new ArrayList<>();
        for (Mention m : doc.mentions()) {
            es.add(new GoldArticle.Entity(m.start(), m.end(), m.type()));
        }
        List<Predicted.Q> qs = new ArrayList<>();
        int open = -1;
        char want = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open < 0 && (c == '«' || c == '“' || c == '"')) {
                open = i;
                want = c == '«' ? '»' : c == '“' ? '”' : '"';
            } else if (open >= 0 && c == want) {
                qs.add(new Predicted.Q(open + 1, i, nearestPerson(doc, open)));
                open = -1;
            } else if (c == '\n') {
                open = -1;
            }
        }
        List<Predicted.C> cs = new ArrayList<>();
        List<GoldArticle.Date> ds = new ArrayList<>();
        for (int i = 0; i < doc.size(); i++) {
            if (doc.type(i) != TokenType.NUMBER) {
                continue;
            }
            String n = doc.norm(i);
            if (i + 4 < doc.size() && n.length() == 4 && doc.isPunct(i + 1, '/') && doc.isPunct(i + 3, '/')) {
                ds.add(new GoldArticle.Date(doc.token(i).start(), doc.token(i + 4).end(),
                        n + "-" + pad(doc.norm(i + 2)) + "-" + pad(doc.norm(i + 4))));
                i += 4;
                continue;
            }
            Integer month = i + 1 < doc.size() ? MONTHS.get(doc.norm(i + 1)) : null;
            if (month != null && n.matches("\\d{1,2}")) {
                boolean year = i + 2 < doc.size() && doc.type(i + 2) == TokenType.NUMBER && doc.norm(i + 2).length() == 4;
                int last = year ? i + 2 : i + 1;
                String value = (year ? doc.norm(i + 2) : "-") + "-" + pad(String.valueOf(month)) + "-" + pad(n);
                ds.add(new GoldArticle.Date(doc.token(i).start(), doc.token(last).end(), value));
                i = last;
                continue;
            }
            boolean percent = n.endsWith("%");
            String digits = (percent ? n.substring(0, n.length() - 1) : n).replace(",", "");
            if (!digits.matches("\\d+(\\.\\d+)?")) {
                continue;
            }
            if (percent) {
                cs.add(new Predicted.C(doc.token(i).start(), doc.token(i).end(), new BigDecimal(digits), "%", List.of()));
            } else if (i + 1 < doc.size() && doc.type(i + 1) == TokenType.ARABIC) {
                cs.add(new Predicted.C(doc.token(i).start(), doc.token(i + 1).end(), new BigDecimal(digits),
                        doc.surface(i + 1), List.of()));
            }
        }
        return new Predicted(es, qs, cs, ds);
    }

    private static String pad(String s) {
        return s.length() == 1 ? "0" + s : s;
    }

    private static List<String> nearestPerson(Doc doc, int offset) {
        int tok = doc.tokenAtOrAfter(offset);
        if (tok >= doc.size()) {
            return List.of();
        }
        int sentenceStart = doc.sentenceOfToken(tok).start();
        Mention best = null;
        for (Mention m : doc.mentions()) {
            if (m.type().equals("PER") && m.end() <= offset && m.start() >= sentenceStart) {
                best = m;
            }
        }
        return best == null ? List.of() : List.of(best.text(doc.text()));
    }
}
