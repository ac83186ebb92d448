package org.marsad.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.marsad.store.search.ArchiveQueryParser;

/** The DSL that the archive syntax becomes, node for node. */
class QueryTranslatorTest {
    private final ArchiveQueryParser parser = new ArchiveQueryParser();

    private JsonNode dsl(String query) throws Exception {
        return QueryTranslator.translate(parser.parse(query));
    }

    /** The query part of a parsed query (the parser wraps it with the articles-only filter). */
    private JsonNode body(String query) throws Exception {
        JsonNode root = dsl(query);
        assertEquals("article", root.path("bool").path("filter").path(0).path("term").path("kind").path("value").asText(), root.toString());
        return root.path("bool").path("must").path(0);
    }

    @Test
    void aWordIsTheSameAnalyzedTermInTitleOrBody() throws Exception {
        JsonNode should = body("العراقى").path("bool").path("should");
        assertEquals(2, should.size(), should.toString());
        assertEquals("عراق", should.path(0).path("term").path("title").path("value").asText());
        assertEquals("عراق", should.path(1).path("term").path("body").path("value").asText());
    }

    @Test
    void wordsAreAllRequiredAndMinusExcludes() throws Exception {
        JsonNode b = body("النفط -العراق").path("bool");
        assertEquals(1, b.path("must").size(), b.toString());
        assertEquals(1, b.path("must_not").size(), b.toString());
    }

    @Test
    void orMakesShouldClauses() throws Exception {
        assertEquals(2, body("النفط OR الغاز").path("bool").path("should").size());
    }

    @Test
    void aPhraseKeepsTheGapOfARemovedStopWord() throws Exception {
        JsonNode phrase = body("\"وزير في العراق\"").path("bool").path("should").path(1).path("bool");
        JsonNode mp = phrase.path("must").path(0).path("match_phrase").path("body");
        assertEquals("وزير " + IndexDefinition.GAP + " عراق", mp.path("query").asText(), phrase.toString());
        assertEquals(IndexDefinition.TERMS, mp.path("analyzer").asText());
        // a term that never matches, for the body's statistics from every shard
        assertEquals(IndexDefinition.GAP, phrase.path("should").path(0).path("term").path("body").path("value").asText());
    }

    @Test
    void aFieldThatMustBePresentBecomesAnExistsQuery() {
        JsonNode e = QueryTranslator.translate(new org.apache.lucene.search.FieldExistsQuery("quote"));
        assertEquals("quote", e.path("exists").path("field").asText(), e.toString());
    }

    @Test
    void aDateBecomesARangeOfEpochDays() throws Exception {
        JsonNode range = body("date:2015-07").path("range").path("date");
        assertEquals(LocalDate.of(2015, 7, 1).toEpochDay(), range.path("gte").asLong(), range.toString());
        assertEquals(LocalDate.of(2015, 7, 31).toEpochDay(), range.path("lte").asLong(), range.toString());
    }

    @Test
    void fieldFiltersAreTermsOnTheirFields() throws Exception {
        assertEquals("ORG", body("type:org").path("term").path("type").path("value").asText());
        assertEquals("gulf-wire", body("source:Gulf-Wire").path("term").path("source").path("value").asText());
    }

    @Test
    void onlyNegativeMatchesEverythingElse() throws Exception {
        JsonNode b = body("-العراق").path("bool");
        assertTrue(b.path("must").path(0).has("match_all"), b.toString());
        assertEquals(1, b.path("must_not").size());
    }

    @Test
    void aBoostIsKept() {
        ObjectNode q = QueryTranslator.translate(new BoostQuery(new TermQuery(new Term("body", "نفط")), 2f));
        assertEquals(2.0, q.path("term").path("body").path("boost").asDouble(), q.toString());
    }

    @Test
    void anUnknownNodeIsRefusedByName() {
        SynonymQuery s = new SynonymQuery.Builder("body").addTerm(new Term("body", "a")).addTerm(new Term("body", "b")).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QueryTranslator.translate(s));
        assertTrue(e.getMessage().contains("SynonymQuery"), e.getMessage());
    }
}
