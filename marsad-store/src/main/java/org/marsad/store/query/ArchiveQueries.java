package org.marsad.store.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.marsad.store.index.ArchiveSchema;
import org.marsad.store.index.EntityKeys;
import org.marsad.store.search.AnnotationFilters;
import org.marsad.store.search.ArchiveSearcher;
import org.marsad.store.search.EntityCount;
import org.marsad.store.search.EntityNames;

/**
 * The store's answers for the entity, quote, claim and article views of the CLI and the HTTP API,
 * over one open {@link ArchiveSearcher} (thread-safe, like it). Lists of quotes and claims read
 * the stored annotations of at most {@link #MAX_ARTICLES} articles per call, newest first, so a
 * call stays fast on a large archive; counts come from the index and cover everything.
 */
public final class ArchiveQueries {
    /** Articles whose stored annotations one list call reads at most. */
    public static final int MAX_ARTICLES = 2000;

    private final ArchiveSearcher archive;
    private final IndexReader reader;
    private final StoredArticles stored;

    public ArchiveQueries(ArchiveSearcher archive) {
        this.archive = archive;
        this.reader = archive.reader();
        this.stored = new StoredArticles(archive.searcher());
    }

    /** The index's stored articles, for the views shared with other stores ({@link AnnotationLists}). */
    public ArticleSource articles() {
        return stored;
    }

    /** The article with its annotations, or null when no article has this id. */
    public ArticleView article(String id) throws IOException {
        return stored.byId(id);
    }

    /** The most named entities, of one type (PER, ORG, LOC, MISC; null for all) and holding a name (null for any). */
    public List<EntitySummary> entities(String type, String name, int limit) throws IOException {
        if (type != null && !type.isBlank() && !ArchiveSchema.ENTITY_TYPES.contains(type.strip().toUpperCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("type must be one of " + String.join(", ", ArchiveSchema.ENTITY_TYPES)
                    + ", got '" + type + "'");
        }
        return new EntityDirectory(reader).list(type, name, limit);
    }

    /**
     * One entity, by exact key ({@code PER/دونالد ترامب}) or by name (then every type under which
     * that exact name was tagged); null when the archive does not know it. {@code limit} bounds
     * each list (company, quotes, claims).
     */
    public EntityProfile entity(String nameOrKey, int limit) throws IOException {
        List<String> keys = keys(nameOrKey.strip());
        if (keys.isEmpty()) {
            return null;
        }
        Map<String, Long> types = new LinkedHashMap<>();
        String mostNamed = keys.get(0);
        for (String k : keys) {
            long df = reader.docFreq(new Term(ArchiveSchema.ENTITY_KEY, k));
            types.put(EntityKeys.typeOf(k), df);
            if (df > types.getOrDefault(EntityKeys.typeOf(mostNamed), 0L)) {
                mostNamed = k;
            }
        }
        String name = new EntityNames(reader).display(mostNamed);
        Query naming = anyKey(keys);
        EntityTimeline.Result timeline = EntityTimeline.of(reader, keys);
        Set<String> own = new HashSet<>(keys);
        List<EntityCount> company = new ArrayList<>();
        for (EntityCount c : archive.topEntities(naming, limit + keys.size())) {
            if (!own.contains(c.key())) {
                company.add(c);
            }
        }
        String bare = EntityKeys.nameOf(mostNamed);
        QuoteFinder quotes = new QuoteFinder(stored);
        // by the entity itself: its exact name, as the key is exact («ترامب» alone is not «دونالد ترامب»)
        List<QuoteHit> by = quotes.collect(new TermQuery(new Term(ArchiveSchema.SPEAKER_KEY, bare)), 0, limit, MAX_ARTICLES,
                (a, q) -> isNamed(QuoteFinder.speakerName(q), bare)).items();
        // only articles whose quotes hold a word of its name can have a quote naming it
        BooleanQuery.Builder inQuotes = new BooleanQuery.Builder();
        inQuotes.add(naming, BooleanClause.Occur.FILTER);
        inQuotes.add(AnnotationFilters.anyWord(ArchiveSchema.QUOTE, name), BooleanClause.Occur.FILTER);
        List<QuoteHit> about = quotes.collect(inQuotes.build(), 0, limit, MAX_ARTICLES,
                (a, q) -> !isNamed(QuoteFinder.speakerName(q), bare) && namesInside(a, q, own)).items();
        List<ClaimHit> claims = new ClaimFinder(stored).collect(new TermQuery(new Term(ArchiveSchema.CLAIMANT_KEY, bare)),
                0, limit, MAX_ARTICLES, (claimant, sentence) -> isNamed(claimant, bare)).items();
        return new EntityProfile(name, keys, types, timeline.articles(), timeline.mentions(), timeline.days(),
                company.subList(0, Math.min(limit, company.size())), by, about, claims);
    }

    /** Quotes, newest first, by a speaker (a name; null for any) and holding all the given words (null for any). */
    public Page<QuoteHit> quotes(String speaker, String words, int offset, int limit) throws IOException {
        return new AnnotationLists(stored).quotes(speaker, words, offset, limit);
    }

    /** Claimed figures, newest first, by a claimant (null for any) whose sentence holds all the given words (null for any). */
    public Page<ClaimHit> claims(String claimant, String words, int offset, int limit) throws IOException {
        return new AnnotationLists(stored).claims(claimant, words, offset, limit);
    }

    private List<String> keys(String nameOrKey) throws IOException {
        List<String> out = new ArrayList<>();
        if (AnnotationFilters.isEntityKey(nameOrKey)) {
            String type = nameOrKey.substring(0, nameOrKey.indexOf('/'));
            String key = EntityKeys.entity(type, nameOrKey.substring(type.length() + 1));
            if (reader.docFreq(new Term(ArchiveSchema.ENTITY_KEY, key)) > 0) {
                out.add(key);
            }
            return out;
        }
        for (String type : ArchiveSchema.ENTITY_TYPES) {
            String key = EntityKeys.entity(type, nameOrKey);
            if (reader.docFreq(new Term(ArchiveSchema.ENTITY_KEY, key)) > 0) {
                out.add(key);
            }
        }
        return out;
    }

    private static Query anyKey(List<String> keys) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String k : keys) {
            b.add(new TermQuery(new Term(ArchiveSchema.ENTITY_KEY, k)), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    private static boolean isNamed(String canonical, String bareName) {
        return canonical != null && EntityKeys.name(canonical).equals(bareName);
    }

    /** True when a mention of one of {@code keys} lies inside the quote. */
    private static boolean namesInside(ArticleView a, JsonNode quote, Set<String> keys) {
        int start = quote.path("start").asInt();
        int end = quote.path("end").asInt();
        for (JsonNode m : a.annotations().withArray("entities")) {
            int ms = m.path("start").asInt();
            if (ms >= start && m.path("end").asInt() <= end
                    && keys.contains(EntityKeys.entity(m.path("type").asText(), m.path("canonical").asText()))) {
                return true;
            }
        }
        return false;
    }
}
