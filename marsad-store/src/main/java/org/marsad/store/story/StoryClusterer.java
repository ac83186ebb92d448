package org.marsad.store.story;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.store.summary.DocumentFrequencies;
import org.marsad.store.summary.TermVector;

/**
 * Online story clustering: articles arrive in time order; each joins the best-scoring story
 * still open (its last article within the window) or starts a new one. The score is the cosine
 * between the article's TF-IDF vector (title twice + lead, stems) and the story centroid, plus a
 * bonus for the share of the article's key terms already in the story and one for a shared
 * number. Candidates come from an inverted index of key and title terms, so cost does not grow
 * with the archive.
 *
 * <p>Evidence beyond words: when an article carries the extractors' entities and dates
 * ({@link StoryEvidence}), the score adds the IDF-weighted share of its entities already named in
 * the story and a bonus for a shared day, and its rarer entities find candidate stories too. Key
 * terms (rare stems of the title, repeated rare stems of the lead) still count, since the tagger
 * misses many names.
 */
public final class StoryClusterer {
    private final StoryConfig config;
    private final DocumentFrequencies df;
    private final List<Cluster> clusters = new ArrayList<>();
    private final Map<String, List<Integer>> byTerm = new HashMap<>();
    /** How many articles name each entity key, for weighing shared entities (المملكة is no evidence). */
    private final DocumentFrequencies entityDf = new DocumentFrequencies();
    /** For each stem, how often each title word produced it, so labels read as words. */
    private final Map<String, Map<String, Integer>> surface = new HashMap<>();

    /**
     * @param df document frequencies, updated with every article added; pass one pre-filled from
     *           the archive so that the first articles are weighed well too
     */
    public StoryClusterer(StoryConfig config, DocumentFrequencies df) {
        this.config = config;
        this.df = df;
    }

    public StoryClusterer() {
        this(StoryConfig.DEFAULT, new DocumentFrequencies());
    }

    /** Adds an article and returns the id of the story it joined or started. */
    public int add(StoryArticle a) {
        List<String> terms = ArticleFeatures.allTerms(a, config.leadWords());
        df.add(terms);
        ArticleFeatures f = ArticleFeatures.of(a, config.leadWords(), df);
        TermVector v = TermVector.tfIdf(f.terms, df);
        entityDf.add(a.entities());
        for (Map.Entry<String, String> e : f.titleWords.entrySet()) {
            surface.computeIfAbsent(e.getKey(), k -> new HashMap<>()).merge(e.getValue(), 1, Integer::sum);
        }
        Set<Integer> candidates = new HashSet<>();
        for (String t : lookupTerms(f, a)) {
            List<Integer> cs = byTerm.get(t);
            // a term in more than 2% of a large archive (أمير, سمو, المملكة) finds every story, so it finds none
            int freq = t.startsWith(ENTITY_PREFIX) ? entityDf.df(t.substring(1)) : df.df(t);
            if (cs != null && freq <= Math.max(50, df.documents() / 50)) {
                // only the most recent stories holding the term can still be open
                for (int i = cs.size() - 1; i >= 0 && i >= cs.size() - 30; i--) {
                    candidates.add(cs.get(i));
                }
            }
        }
        int best = -1;
        double bestScore = config.threshold();
        for (int c : candidates) {
            Cluster cl = clusters.get(c);
            if (Duration.between(cl.last, a.published()).abs().compareTo(config.window()) > 0) {
                continue;
            }
            double s = score(cl, f, v, a);
            if (s >= bestScore) {
                bestScore = s;
                best = c;
            }
        }
        if (best < 0) {
            best = clusters.size();
            clusters.add(new Cluster(best));
        }
        Cluster cl = clusters.get(best);
        cl.add(a, f, v, config.centroidTerms());
        for (String t : lookupTerms(f, a)) {
            List<Integer> cs = byTerm.computeIfAbsent(t, k -> new ArrayList<>());
            if (cs.isEmpty() || cs.get(cs.size() - 1) != best) {
                cs.add(best);
            }
        }
        return best;
    }

    /** Marks entity keys among lookup terms (a stem never starts with it). */
    private static final String ENTITY_PREFIX = "@";

    private Set<String> lookupTerms(ArticleFeatures f, StoryArticle a) {
        Set<String> s = new LinkedHashSet<>(f.keyTerms);
        s.addAll(f.titleWords.keySet());
        if (config.entityBonus() > 0) {
            for (String e : a.entities()) {
                s.add(ENTITY_PREFIX + e);
            }
        }
        return s;
    }

    private double score(Cluster cl, ArticleFeatures f, TermVector v, StoryArticle a) {
        double s = v.cosine(cl.centroidVector);
        if (config.entityBonus() > 0 && !a.entities().isEmpty()) {
            double all = 0;
            double shared = 0;
            for (String e : a.entities()) {
                // idf - 1 = ln((N+1)/(df+1)): an entity in every article (المملكة) weighs nothing
                double w = entityDf.idf(e) - 1;
                all += w;
                if (cl.entities.containsKey(e)) {
                    shared += w;
                }
            }
            if (all > 0) {
                s += config.entityBonus() * shared / all;
            }
        }
        if (config.dateBonus() > 0) {
            String own = a.published().atOffset(OFFSET).toLocalDate().toString();
            for (String d : a.dates()) {
                if (!d.equals(own) && cl.dates.contains(d)) {
                    s += config.dateBonus();
                    break;
                }
            }
        }
        if (!f.keyTerms.isEmpty()) {
            int shared = 0;
            for (String k : f.keyTerms) {
                if (cl.keyTerms.containsKey(k)) {
                    shared++;
                }
            }
            s += config.keyTermBonus() * shared / f.keyTerms.size();
        }
        for (String n : f.numbers) {
            if (cl.numbers.contains(n)) {
                s += config.numberBonus();
                break;
            }
        }
        return s;
    }

    /** Publication days are compared in Saudi time, like the rest of story handling. */
    private static final java.time.ZoneOffset OFFSET = java.time.ZoneOffset.ofHours(3);

    public int size() {
        return clusters.size();
    }

    /** All stories so far, largest first. */
    public List<Story> stories() {
        List<Story> out = new ArrayList<>();
        for (Cluster c : clusters) {
            out.add(c.toStory(this));
        }
        out.sort(Comparator.comparingInt(Story::size).reversed().thenComparingInt(Story::id));
        return out;
    }

    public Story story(int id) {
        return clusters.get(id).toStory(this);
    }

    String surfaceOf(String term) {
        Map<String, Integer> m = surface.get(term);
        if (m == null) {
            return term;
        }
        return m.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).get().getKey();
    }

    /** The mutable state of one story. */
    private static final class Cluster {
        final int id;
        Map<String, Double> centroid = new HashMap<>();
        TermVector centroidVector = TermVector.of(Map.of());
        final Map<String, Integer> keyTerms = new HashMap<>();
        final Set<String> numbers = new HashSet<>();
        final Map<String, Integer> entities = new HashMap<>();
        final Set<String> dates = new HashSet<>();
        final Set<String> sources = new LinkedHashSet<>();
        final List<String> articles = new ArrayList<>();
        String firstId;
        Instant first;
        String lastId;
        Instant last;

        Cluster(int id) {
            this.id = id;
        }

        void add(StoryArticle a, ArticleFeatures f, TermVector v, int keep) {
            if (v.norm() > 0) {
                for (Map.Entry<String, Double> e : v.weights().entrySet()) {
                    centroid.merge(e.getKey(), e.getValue() / v.norm(), Double::sum);
                }
            }
            if (centroid.size() > keep) {
                Map<String, Double> trimmed = new HashMap<>();
                centroid.entrySet().stream()
                        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .limit(keep).forEach(e -> trimmed.put(e.getKey(), e.getValue()));
                centroid = trimmed;
            }
            centroidVector = TermVector.of(centroid);
            for (String k : f.keyTerms) {
                keyTerms.merge(k, 1, Integer::sum);
            }
            numbers.addAll(f.numbers);
            for (String e : a.entities()) {
                entities.merge(e, 1, Integer::sum);
            }
            dates.addAll(a.dates());
            if (!a.source().isEmpty()) {
                sources.add(a.source());
            }
            articles.add(a.id());
            if (first == null || a.published().isBefore(first)) {
                first = a.published();
                firstId = a.id();
            }
            if (last == null || !a.published().isBefore(last)) {
                last = a.published();
                lastId = a.id();
            }
        }

        Story toStory(StoryClusterer owner) {
            List<String> words = new ArrayList<>();
            // key terms shared by most articles first, then the centroid's heaviest terms
            keyTerms.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(3).forEach(e -> words.add(owner.surfaceOf(e.getKey())));
            centroid.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> owner.surfaceOf(e.getKey()))
                    .filter(w -> !words.contains(w))
                    .limit(6 - words.size()).forEach(words::add);
            return new Story(id, String.join(" · ", words), List.copyOf(words),
                    java.util.Collections.unmodifiableSet(new LinkedHashSet<>(sources)), firstId, first,
                    lastId, last, List.copyOf(articles));
        }
    }
}
