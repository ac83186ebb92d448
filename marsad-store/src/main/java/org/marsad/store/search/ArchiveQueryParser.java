package org.marsad.store.search;

import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.marsad.store.index.ArchiveSchema;

/**
 * The search syntax: words match title or body (all words required unless OR is used),
 * {@code "phrases"}, {@code AND OR NOT ( )}, {@code -word}, {@code title:word},
 * {@code source:name}, {@code date:2015-07-01..2015-07-31} (also a day, month or year, or
 * {@code date:[2015-07-01 TO 2015-07-31]}). Everything goes through the archive's analyzer, the
 * same one that indexed the text. A colon after an unknown name (an Arabic headline "بريطانيا: ...")
 * is read as text, not as a field.
 */
public final class ArchiveQueryParser {
    private static final String[] TEXT_FIELDS = {ArchiveSchema.TITLE, ArchiveSchema.BODY};

    /** Analyzers are thread-safe and reuse their token streams per thread; parsers are cheap and not thread-safe. */
    private final Analyzer analyzer = ArchiveSchema.analyzer();

    /** Parses {@code text} into a query over articles (duplicate records never match). */
    public Query parse(String text) throws QuerySyntaxException {
        if (text == null || text.isBlank()) {
            throw new QuerySyntaxException("empty query");
        }
        String unbalanced = unbalanced(text);
        if (unbalanced != null) {
            throw new QuerySyntaxException("cannot parse query «" + text + "»: " + unbalanced);
        }
        Query q;
        try {
            q = new Parser(analyzer).parse(text);
        } catch (ParseException e) {
            throw new QuerySyntaxException("cannot parse query «" + text + "»: " + shortReason(e));
        } catch (IllegalArgumentException e) {
            throw new QuerySyntaxException("cannot parse query «" + text + "»: " + e.getMessage());
        }
        if (q == null || (q instanceof BooleanQuery b && b.clauses().isEmpty())) {
            throw new QuerySyntaxException("query «" + text + "» has no searchable words (only stop words or punctuation)");
        }
        BooleanQuery.Builder out = new BooleanQuery.Builder();
        out.add(onlyNegative(q) ? withAll(q) : q, BooleanClause.Occur.MUST);
        out.add(new TermQuery(new Term(ArchiveSchema.KIND, ArchiveSchema.KIND_ARTICLE)), BooleanClause.Occur.FILTER);
        return out.build();
    }

    /** "-word" alone means every article without the word; Lucene matches nothing for a purely negative query. */
    private static boolean onlyNegative(Query q) {
        if (!(q instanceof BooleanQuery b)) {
            return false;
        }
        for (BooleanClause c : b.clauses()) {
            if (c.occur() != BooleanClause.Occur.MUST_NOT) {
                return false;
            }
        }
        return true;
    }

    private static Query withAll(Query negative) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        for (BooleanClause c : ((BooleanQuery) negative).clauses()) {
            b.add(c);
        }
        return b.build();
    }

    private static String unbalanced(String text) {
        int quotes = 0;
        int depth = 0;
        boolean inQuote = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quotes++;
                inQuote = !inQuote;
            } else if (!inQuote && c == '(') {
                depth++;
            } else if (!inQuote && c == ')') {
                if (--depth < 0) {
                    return "a ')' without its '('";
                }
            }
        }
        if (quotes % 2 != 0) {
            return "a quote (\") is not closed";
        }
        return depth > 0 ? "a '(' is not closed" : null;
    }

    private static String shortReason(ParseException e) {
        String m = e.getMessage();
        int colon = m.indexOf("': ");
        if (m.startsWith("Cannot parse") && colon >= 0) {
            m = m.substring(colon + 3);
        }
        int expecting = m.indexOf("Was expecting");
        if (expecting >= 0) {
            m = m.substring(0, expecting);
        }
        m = m.replaceAll("\\s+", " ").strip();
        if (m.contains("<EOF>")) {
            m = m + " (an unclosed quote or parenthesis, or an operator with nothing after it?)";
        }
        return m;
    }

    /** The classic Lucene syntax with marsad's fields. */
    private static final class Parser extends MultiFieldQueryParser {
        Parser(Analyzer analyzer) {
            super(TEXT_FIELDS, analyzer);
            setDefaultOperator(QueryParser.Operator.AND);
            setSplitOnWhitespace(true);
        }

        @Override
        protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
            if (field == null || isTextField(field)) {
                return super.getFieldQuery(field, text, quoted);
            }
            return switch (field) {
                case ArchiveSchema.SOURCE -> new TermQuery(new Term(ArchiveSchema.SOURCE, text.strip().toLowerCase(Locale.ROOT)));
                case ArchiveSchema.DATE -> dateQuery(DateRange.parse(text));
                default -> super.getFieldQuery(null, field + " " + text, quoted);
            };
        }

        @Override
        protected Query getRangeQuery(String field, String a, String b, boolean startInc, boolean endInc) throws ParseException {
            if (ArchiveSchema.DATE.equals(field)) {
                DateRange r = DateRange.bounds(a, b);
                long from = startInc || r.fromDay() == Long.MIN_VALUE ? r.fromDay() : r.fromDay() + 1;
                long to = endInc || r.toDay() == Long.MAX_VALUE ? r.toDay() : r.toDay() - 1;
                return LongPoint.newRangeQuery(ArchiveSchema.DATE, from, to);
            }
            return super.getRangeQuery(field, a, b, startInc, endInc);
        }

        private static Query dateQuery(DateRange r) {
            return LongPoint.newRangeQuery(ArchiveSchema.DATE, r.fromDay(), r.toDay());
        }

        private static boolean isTextField(String f) {
            return f.equals(ArchiveSchema.TITLE) || f.equals(ArchiveSchema.BODY);
        }
    }
}
