package org.marsad.store.dedup;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An online near-duplicate index. Articles are added in arrival order; each is compared (through
 * LSH candidates) with everything added before, and linked to the original of its most similar
 * earlier article when that one passes the containment and size-ratio thresholds. Copies always
 * point at the first article of their group, never at another copy, so a group is a star.
 *
 * <p>LSH only proposes candidates; containment is then checked exactly on the shingles a fresh
 * signature carries (the MinHash estimate of containment from Jaccard is noisy when the texts differ
 * in length, which is just the case of a copy with a byline added or paragraphs cut). Signatures
 * restored from an archive carry no shingles and are judged by the estimate.
 *
 * <p>Not thread-safe: ingest adds articles from one thread.
 */
public final class NearDuplicateIndex {
    /** How far below the threshold an estimated containment may be and still be checked exactly. */
    private static final double EXACT_CHECK_MARGIN = 0.2;
    private final DedupConfig config;
    private final WordShingler shingler;
    private final MinHasher hasher;
    private final LshTable lsh;
    private final List<String> ids = new ArrayList<>();
    private final List<MinHashSignature> signatures = new ArrayList<>();
    /** For each document, the document number of its original (itself for an original). */
    private int[] roots = new int[1024];
    private final Map<String, Integer> byId = new HashMap<>();

    public NearDuplicateIndex(DedupConfig config) {
        this.config = config;
        this.shingler = new WordShingler(config.shingleSize());
        this.hasher = new MinHasher(config.numHashes(), config.seed());
        this.lsh = new LshTable(config.bands(), config.rows());
    }

    public NearDuplicateIndex() {
        this(DedupConfig.DEFAULT);
    }

    public DedupConfig config() {
        return config;
    }

    /**
     * The signature of a text, to store beside the article and re-add later with {@link #add(String, MinHashSignature)}.
     * Reads only immutable state, so any thread may call it while another adds.
     */
    public MinHashSignature signature(CharSequence text) {
        // same result as hasher.signature(shingler.shingles(text)), in per-thread buffers: at ingest
        // the growing word and shingle arrays were a sixth of all allocation
        WordHashes.Scratch s = SCRATCH.get();
        int words = WordHashes.into(text, s);
        int need = Math.max(1, words - shingler.size() + 1);
        if (s.shingles.length < need) {
            s.shingles = new long[Math.max(need, 2 * s.shingles.length)];
        }
        return hasher.signature(s.shingles, shingler.shingles(s.words, words, s.shingles));
    }

    private static final ThreadLocal<WordHashes.Scratch> SCRATCH = ThreadLocal.withInitial(WordHashes.Scratch::new);

    public DuplicateLink add(String id, CharSequence text) {
        return add(id, signature(text));
    }

    public DuplicateLink add(String id, MinHashSignature sig) {
        if (byId.containsKey(id)) {
            throw new IllegalArgumentException("article already in the near-duplicate index: " + id);
        }
        if (sig.values().length != config.numHashes()) {
            throw new IllegalArgumentException("signature of " + id + " has " + sig.values().length
                    + " values, index expects " + config.numHashes());
        }
        int doc = ids.size();
        int[] bestHolder = {-1};
        double[] scores = {-1, 0};
        // candidates are scored while the signature joins the LSH tables, each band's slot found once
        java.util.function.IntConsumer score = null;
        if (sig.shingleCount() > 0) {
            BitSet seen = new BitSet(ids.size());
            score = other -> {
                if (seen.get(other)) {
                    return;
                }
                seen.set(other);
                MinHashSignature o = signatures.get(other);
                if (sig.sizeRatio(o) < config.minSizeRatio()) {
                    return;
                }
                // the exact count costs a merge of both shingle lists: only for pairs whose estimate is
                // within reach of the threshold (its error is a few hundredths at 256 values)
                double c = sig.containment(o);
                if (c < config.minContainment() - EXACT_CHECK_MARGIN) {
                    return;
                }
                c = sig.exactContainment(o, config.minContainment());
                if (c >= config.minContainment() && c > scores[0]) {
                    scores[0] = c;
                    scores[1] = sig.jaccard(o);
                    bestHolder[0] = other;
                }
            };
        }
        lsh.addAfterCandidates(doc, sig, score);
        int best = bestHolder[0];
        double bestContainment = scores[0];
        double bestJaccard = scores[1];
        ids.add(id);
        signatures.add(sig);
        byId.put(id, doc);
        if (doc == roots.length) {
            roots = java.util.Arrays.copyOf(roots, doc * 2);
        }
        if (best < 0) {
            roots[doc] = doc;
            return new DuplicateLink(id, null, 1.0, 1.0);
        }
        int root = roots[best];
        if (root != best && sig.exactContainment(signatures.get(root), config.minRootContainment()) < config.minRootContainment()) {
            // similar to a copy but not to the group's first article: a chain, not a copy of it
            roots[doc] = doc;
            return new DuplicateLink(id, null, 1.0, 1.0);
        }
        roots[doc] = root;
        // the score reported is against the closest copy; the link goes to the group's first article
        return new DuplicateLink(id, ids.get(root), bestContainment, bestJaccard);
    }

    /**
     * Puts back an article whose link was decided earlier (reopening an archive): its signature
     * joins the LSH tables and it keeps its stored original. Originals must be restored before
     * their copies; a copy whose original is unknown becomes an original.
     */
    public void restore(String id, MinHashSignature sig, String originalId) {
        if (byId.containsKey(id)) {
            throw new IllegalArgumentException("article already in the near-duplicate index: " + id);
        }
        int doc = ids.size();
        ids.add(id);
        signatures.add(sig);
        byId.put(id, doc);
        if (doc == roots.length) {
            roots = java.util.Arrays.copyOf(roots, doc * 2);
        }
        Integer original = originalId == null ? null : byId.get(originalId);
        roots[doc] = original == null ? doc : roots[original];
        lsh.add(doc, sig);
    }

    /** The original of an added article (itself if it is one), or null if the id was never added. */
    public String originalOf(String id) {
        Integer doc = byId.get(id);
        return doc == null ? null : ids.get(roots[doc]);
    }

    public int size() {
        return ids.size();
    }
}
