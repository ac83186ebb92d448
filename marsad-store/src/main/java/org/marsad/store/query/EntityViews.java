package org.marsad.store.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.marsad.store.index.ArchiveSchema;
import org.marsad.store.index.EntityKeys;
import org.marsad.store.search.AnnotationFilters;
import org.marsad.store.search.EntityCount;

/**
 * The entity list and the entity profile of the CLI and the HTTP API, the same code over every
 * store: counts come from the store's {@link EntityIndex}, quotes and claims from its
 * {@link ArticleSource} (at most {@link ArchiveQueries#MAX_ARTICLES} articles read per list).
 */
public final class EntityViews {
    /** Most named first: more articles, then more mentions, then the key in order. */
    public static final Comparator<EntitySummary> MOST_NAMED = Comparator.comparingLong(EntitySummary::articles).reversed()
            .thenComparing(Comparator.comparingLong(EntitySummary::mentions).reversed())
            .thenComparing(EntitySummary::key);

    private final EntityIndex index;
    private final ArticleSource articles;

    public EntityViews(EntityIndex index, ArticleSource articles) {
        this.index = index;
        this.articles = articles;
    }

    /** The most named entities, of one type (PER, ORG, LOC, MISC; null for all) and holding a name (null for any). */
    public List<EntitySummary> entities(String type, String name, int limit) throws IOException {
        String prefix = "";
        if (type != null && !type.isBlank()) {
            String t = type.strip().toUpperCase(Locale.ROOT);
            if (!ArchiveSchema.ENTITY_TYPES.contains(t)) {
                throw new IllegalArgumentException("type must be one of " + String.join(", ", ArchiveSchema.ENTITY_TYPES)
                        + ", got '" + type + "'");
            }
            prefix = t + "/";
        }
        if (limit <= 0) {
            return List.of();
        }
        NameMatcher matcher = new NameMatcher(name);
        String part = matcher.isEmpty() ? null : EntityKeys.name(name);
        List<EntitySummary> top = new ArrayList<>(index.mostNamed(prefix, part,
                key -> matcher.matches(EntityKeys.nameOf(key)), limit));
        top.sort(MOST_NAMED);
        top = top.subList(0, Math.min(limit, top.size()));
        Map<String, String> names = index.displayNames(top.stream().map(EntitySummary::key).toList());
        List<EntitySummary> out = new ArrayList<>(top.size());
        for (EntitySummary s : top) {
            out.add(new EntitySummary(s.type(), s.key(), names.getOrDefault(s.key(), EntityKeys.nameOf(s.key())),
                    s.articles(), s.mentions()));
        }
        return out;
    }

    /**
     * One entity, by exact key ({@code PER/دونالد ترامب}) or by name (then every type under which
     * that exact name was tagged); null when the archive does not know it. {@code limit} bounds
     * each list (company, quotes, claims).
     */
    public EntityProfile entity(String nameOrKey, int limit) throws IOException {
        Map<String, Long> known = index.articlesNaming(candidateKeys(nameOrKey.strip()));
        if (known.isEmpty()) {
            return null;
        }
        List<String> keys = new ArrayList<>();
        Map<String, Long> types = new LinkedHashMap<>();
        String mostNamed = null;
        for (String k : candidateKeys(nameOrKey.strip())) {
            Long df = known.get(k);
            if (df == null) {
                continue;
            }
            keys.add(k);
            types.put(EntityKeys.typeOf(k), df);
            if (mostNamed == null || df > known.get(mostNamed)) {
                mostNamed = k;
            }
        }
        String name = index.displayNames(List.of(mostNamed)).getOrDefault(mostNamed, EntityKeys.nameOf(mostNamed));
        Query naming = anyKey(keys);
        EntityIndex.Timeline timeline = index.timeline(keys);
        Set<String> own = new HashSet<>(keys);
        List<EntityCount> company = new ArrayList<>();
        for (EntityCount c : index.namedWith(keys, limit + keys.size())) {
            if (!own.contains(c.key())) {
                company.add(c);
            }
        }
        String bare = EntityKeys.nameOf(mostNamed);
        QuoteFinder quotes = new QuoteFinder(articles);
        // by the entity itself: its exact name, as the key is exact («ترامب» alone is not «دونالد ترامب»)
        List<QuoteHit> by = quotes.collect(new TermQuery(new Term(ArchiveSchema.SPEAKER_KEY, bare)), 0, limit,
                ArchiveQueries.MAX_ARTICLES, (a, q) -> isNamed(QuoteFinder.speakerName(q), bare)).items();
        // only articles whose quotes hold a word of its name can have a quote naming it
        BooleanQuery.Builder inQuotes = new BooleanQuery.Builder();
        inQuotes.add(naming, BooleanClause.Occur.FILTER);
        inQuotes.add(AnnotationFilters.anyWord(ArchiveSchema.QUOTE, name), BooleanClause.Occur.FILTER);
        List<QuoteHit> about = quotes.collect(inQuotes.build(), 0, limit, ArchiveQueries.MAX_ARTICLES,
                (a, q) -> !isNamed(QuoteFinder.speakerName(q), bare) && namesInside(a, q, own)).items();
        List<ClaimHit> claims = new ClaimFinder(articles).collect(new TermQuery(new Term(ArchiveSchema.CLAIMANT_KEY, bare)),
                0, limit, ArchiveQueries.MAX_ARTICLES, (claimant, sentence) -> isNamed(claimant, bare)).items();
        return new EntityProfile(name, keys, types, timeline.articles(), timeline.mentions(), timeline.days(),
                company.subList(0, Math.min(limit, company.size())), by, about, claims);
    }

    /** The keys a name or key may stand for: the key itself, or the name under every type, in type order. */
    private static List<String> candidateKeys(String nameOrKey) {
        if (AnnotationFilters.isEntityKey(nameOrKey)) {
            String type = nameOrKey.substring(0, nameOrKey.indexOf('/'));
            return List.of(EntityKeys.entity(type, nameOrKey.substring(type.length() + 1)));
        }
        List<String> out = new ArrayList<>();
        for (String type : ArchiveSchema.ENTITY_TYPES) {
            out.add(EntityKeys.entity(type, nameOrKey));
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
