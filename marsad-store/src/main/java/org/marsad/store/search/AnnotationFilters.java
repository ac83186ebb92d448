package org.marsad.store.search;

import java.io.IOException;
import java.util.Locale;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.marsad.store.index.ArchiveSchema;
import org.marsad.store.index.EntityKeys;

/**
 * Filters on the extractors' annotations as the API and views take them: an entity given as an
 * exact key ({@code PER/دونالد ترامب}) or as a name; a speaker or claimant given as a name. A name
 * that is some entity's exact canonical (after spelling folding) selects exactly that entity;
 * otherwise it matches as a phrase of the analyzed names («ترامب» finds «دونالد ترامب»).
 */
public final class AnnotationFilters {
    private static final QueryBuilder NAMES = new QueryBuilder(ArchiveSchema.analyzer());

    private AnnotationFilters() {}

    /** True when {@code value} is a key {@code TYPE/name} with a known type. */
    public static boolean isEntityKey(String value) {
        int slash = value.indexOf('/');
        return slash > 0 && ArchiveSchema.ENTITY_TYPES.contains(value.substring(0, slash).toUpperCase(Locale.ROOT));
    }

    /** The exact-key query for an entity name of any type (one clause per type). */
    public static Query entityExact(String nameOrKey) {
        if (isEntityKey(nameOrKey)) {
            String type = nameOrKey.substring(0, nameOrKey.indexOf('/'));
            return new TermQuery(new Term(ArchiveSchema.ENTITY_KEY, EntityKeys.entity(type, nameOrKey.substring(type.length() + 1))));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String type : ArchiveSchema.ENTITY_TYPES) {
            b.add(new TermQuery(new Term(ArchiveSchema.ENTITY_KEY, EntityKeys.entity(type, nameOrKey))), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /** Articles naming the entity: exactly when it is known by that name or key, else by the analyzed phrase. */
    public static Query entity(IndexReader reader, String nameOrKey) throws IOException {
        Query exact = entityExact(nameOrKey);
        if (isEntityKey(nameOrKey) || hasAny(reader, exact)) {
            return exact;
        }
        return phrase(ArchiveSchema.ENTITY, nameOrKey);
    }

    /** Whether some record holds a value in an untokenized field: an index's doc freq, a cluster's count. */
    @FunctionalInterface
    public interface KnownTerms {
        boolean has(String field, String value) throws IOException;
    }

    /** Articles quoting this speaker. */
    public static Query speaker(IndexReader reader, String name) throws IOException {
        return speaker(known(reader), name);
    }

    /** Articles quoting this speaker, with {@code known} telling which exact names the archive has. */
    public static Query speaker(KnownTerms known, String name) throws IOException {
        return keyOrPhrase(known, ArchiveSchema.SPEAKER_KEY, ArchiveSchema.SPEAKER, name);
    }

    /** Articles with figures claimed by this claimant. */
    public static Query claimant(IndexReader reader, String name) throws IOException {
        return claimant(known(reader), name);
    }

    /** Articles with figures claimed by this claimant, with {@code known} telling which exact names the archive has. */
    public static Query claimant(KnownTerms known, String name) throws IOException {
        return keyOrPhrase(known, ArchiveSchema.CLAIMANT_KEY, ArchiveSchema.CLAIMANT, name);
    }

    private static KnownTerms known(IndexReader reader) {
        return (field, value) -> reader.docFreq(new Term(field, value)) > 0;
    }

    private static Query keyOrPhrase(KnownTerms known, String keyField, String textField, String name) throws IOException {
        String key = EntityKeys.name(name);
        if (known.has(keyField, key)) {
            return new TermQuery(new Term(keyField, key));
        }
        return phrase(textField, name);
    }

    /** The analyzed phrase of {@code text} in {@code field}; matches nothing when the text has no words. */
    public static Query phrase(String field, String text) {
        Query q = NAMES.createPhraseQuery(field, text);
        return q == null ? new MatchNoDocsQuery("no words in «" + text + "»") : q;
    }

    /** All analyzed words of {@code text} in {@code field}, in any order. */
    public static Query allWords(String field, String text) {
        Query q = NAMES.createBooleanQuery(field, text, BooleanClause.Occur.MUST);
        return q == null ? new MatchNoDocsQuery("no words in «" + text + "»") : q;
    }

    /** Any analyzed word of {@code text} in {@code field}. */
    public static Query anyWord(String field, String text) {
        Query q = NAMES.createBooleanQuery(field, text, BooleanClause.Occur.SHOULD);
        return q == null ? new MatchNoDocsQuery("no words in «" + text + "»") : q;
    }

    private static boolean hasAny(IndexReader reader, Query exact) throws IOException {
        if (exact instanceof TermQuery t) {
            return reader.docFreq(t.getTerm()) > 0;
        }
        for (BooleanClause c : ((BooleanQuery) exact).clauses()) {
            if (reader.docFreq(((TermQuery) c.query()).getTerm()) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The articles that hold an annotation ({@code field}: quotes, claims), narrowed by who
     * ({@code who}, null for anyone) and by all of {@code words} in the annotation's field (null or
     * blank for any words). A filter: every listed annotation is still checked one by one.
     */
    public static Query annotated(String field, Query who, String words) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new FieldExistsQuery(field), BooleanClause.Occur.FILTER);
        if (who != null) {
            b.add(who, BooleanClause.Occur.FILTER);
        }
        if (words != null && !words.isBlank()) {
            b.add(allWords(field, words), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }
}
