package org.marsad.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.marsad.store.index.ArchiveSchema;

/**
 * Turns the Lucene query that {@link org.marsad.store.search.ArchiveQueryParser} made into the
 * OpenSearch query DSL, node for node, so that the cluster runs the very query the embedded store
 * runs: terms stay the analyzed terms (a {@code term} query), a phrase keeps its positions (its
 * analyzed words read by {@link IndexDefinition#TERMS}, a removed stop word as {@link IndexDefinition#GAP}),
 * a boolean keeps its clauses and minimum, a date range its epoch days. A node this class does not
 * know is refused with its class name rather than guessed.
 */
public final class QueryTranslator {
    private QueryTranslator() {}

    public static ObjectNode translate(Query q) {
        ObjectNode out = ClusterClient.JSON.createObjectNode();
        switch (q) {
            case BooleanQuery b -> bool(out, b);
            case TermQuery t -> out.putObject("term").putObject(t.getTerm().field()).put("value", t.getTerm().text());
            case PhraseQuery p -> phrase(out, p);
            case BoostQuery b -> {
                ObjectNode inner = translate(b.getQuery());
                ObjectNode params = (ObjectNode) inner.properties().iterator().next().getValue();
                ObjectNode target = params;
                if (inner.has("term") || inner.has("match_phrase") || inner.has("prefix") || inner.has("wildcard")
                        || inner.has("fuzzy") || inner.has("regexp") || inner.has("range")) {
                    target = (ObjectNode) params.properties().iterator().next().getValue();
                }
                target.put("boost", target.path("boost").asDouble(1.0) * b.getBoost());
                return inner;
            }
            case PointRangeQuery r -> {
                if (!ArchiveSchema.DATE.equals(r.getField()) || r.getNumDims() != 1) {
                    throw unsupported(q);
                }
                long from = LongPoint.decodeDimension(r.getLowerPoint(), 0);
                long to = LongPoint.decodeDimension(r.getUpperPoint(), 0);
                ObjectNode range = out.putObject("range").putObject(r.getField());
                if (from != Long.MIN_VALUE) {
                    range.put("gte", from);
                }
                if (to != Long.MAX_VALUE) {
                    range.put("lte", to);
                }
            }
            case FieldExistsQuery e -> out.putObject("exists").put("field", e.getField());
            case MatchAllDocsQuery m -> out.putObject("match_all");
            case MatchNoDocsQuery m -> out.putObject("match_none");
            case ConstantScoreQuery c -> out.putObject("constant_score").set("filter", translate(c.getQuery()));
            case PrefixQuery p -> out.putObject("prefix").putObject(p.getField()).put("value", p.getPrefix().text());
            case WildcardQuery w -> out.putObject("wildcard").putObject(w.getField()).put("value", w.getTerm().text());
            case RegexpQuery r -> out.putObject("regexp").putObject(r.getField()).put("value", r.getRegexp().text());
            case FuzzyQuery f -> out.putObject("fuzzy").putObject(f.getField()).put("value", f.getTerm().text())
                    .put("fuzziness", f.getMaxEdits()).put("prefix_length", f.getPrefixLength())
                    .put("transpositions", f.getTranspositions());
            case TermRangeQuery r -> {
                ObjectNode range = out.putObject("range").putObject(r.getField());
                if (r.getLowerTerm() != null) {
                    range.put(r.includesLower() ? "gte" : "gt", r.getLowerTerm().utf8ToString());
                }
                if (r.getUpperTerm() != null) {
                    range.put(r.includesUpper() ? "lte" : "lt", r.getUpperTerm().utf8ToString());
                }
            }
            default -> throw unsupported(q);
        }
        return out;
    }

    private static void bool(ObjectNode out, BooleanQuery b) {
        ObjectNode bool = out.putObject("bool");
        for (BooleanClause c : b.clauses()) {
            String occur = switch (c.occur()) {
                case MUST -> "must";
                case SHOULD -> "should";
                case MUST_NOT -> "must_not";
                case FILTER -> "filter";
            };
            ArrayNode list = bool.has(occur) ? (ArrayNode) bool.get(occur) : bool.putArray(occur);
            list.add(translate(c.query()));
        }
        if (b.getMinimumNumberShouldMatch() > 0) {
            bool.put("minimum_should_match", b.getMinimumNumberShouldMatch());
        }
    }

    private static void phrase(ObjectNode out, PhraseQuery p) {
        Term[] terms = p.getTerms();
        int[] positions = p.getPositions();
        if (terms.length == 0) {
            out.putObject("match_none");
            return;
        }
        StringBuilder text = new StringBuilder();
        int expected = positions[0];
        for (int i = 0; i < terms.length; i++) {
            if (positions[i] < expected) {
                throw new IllegalArgumentException("a phrase with two words at one position cannot be sent to the cluster: " + p);
            }
            for (; expected < positions[i]; expected++) {
                text.append(IndexDefinition.GAP).append(' ');
            }
            String t = terms[i].text();
            if (t.isEmpty() || t.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("a phrase word with a space cannot be sent to the cluster: «" + t + "»");
            }
            text.append(t).append(' ');
            expected++;
        }
        String field = terms[0].field();
        ObjectNode b = out.putObject("bool");
        ObjectNode mp = b.putArray("must").addObject().putObject("match_phrase").putObject(field);
        mp.put("query", text.toString().strip()).put("analyzer", IndexDefinition.TERMS);
        if (p.getSlop() > 0) {
            mp.put("slop", p.getSlop());
        }
        // The DFS phase records a field's statistics (documents with it, its length) only on the shards
        // where a phrase word occurs, so BM25 would take a rare phrase's document count and average
        // length from those shards alone. A term on the same field makes every shard report them; the
        // gap word is never indexed, so the clause never matches and adds nothing to any score.
        b.putArray("should").addObject().putObject("term").putObject(field).put("value", IndexDefinition.GAP);
    }

    private static IllegalArgumentException unsupported(Query q) {
        return new IllegalArgumentException("query part «" + q + "» (" + q.getClass().getSimpleName()
                + ") has no cluster translation");
    }
}
