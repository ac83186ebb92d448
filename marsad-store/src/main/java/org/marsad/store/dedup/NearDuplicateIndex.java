package org.marsad.store.dedup;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An online near-duplicate index. Articles are added in arrival order; each is compared (through
 * LSH candidates) with everything added before, and joins the group of its most similar earlier
 * article that passes the containment and size-ratio thresholds, if that group takes it: the
 * article must be a copy of more of the group's articles than it is plainly different from, and
 * not plainly different from the group's first (otherwise the next closest match's group is tried).
 * Copies always point at the first article of their group, never at another copy, so a group is a star.
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
    /** The next member of a document's group after it (-1 at the end); a group's list starts at its first article. */
    private int[] nextMember = new int[1024];
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
        Matches matches = new Matches();
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
                if (c >= config.minContainment() && enoughText(sig, o, c)) {
                    matches.add(other, c);
                }
            };
        }
        lsh.addAfterCandidates(doc, sig, score);
        ids.add(id);
        signatures.add(sig);
        byId.put(id, doc);
        if (doc == roots.length) {
            roots = java.util.Arrays.copyOf(roots, doc * 2);
            nextMember = java.util.Arrays.copyOf(nextMember, doc * 2);
        }
        // the closest match's group first; a group that does not take the article may leave room for another
        int[] order = matches.byContainment();
        BitSet triedGroups = new BitSet();
        for (int m : order) {
            int match = matches.docs[m];
            int root = roots[match];
            if (triedGroups.get(root)) {
                continue;
            }
            triedGroups.set(root);
            if (groupTakes(sig, root)) {
                join(doc, root);
                // the score reported is against the closest copy; the link goes to the group's first article
                return new DuplicateLink(id, ids.get(root), matches.containments[m], sig.jaccard(signatures.get(match)));
            }
        }
        join(doc, doc);
        return new DuplicateLink(id, null, 1.0, 1.0);
    }

    /**
     * Whether an article may join the group whose first article is {@code root}: it must be a copy of
     * more of the group's articles than it is plainly different from. A group is meant to be articles
     * that are all copies of one another; linking to the closest match alone lets a group grow by
     * chains (two parts of a wire story each copied from the full story, a brief and a long version
     * of one report, templated statements that differ in names) into articles that copy nothing of
     * each other. The group's first article must also not be plainly different: it stands for the
     * group in search.
     */
    private boolean groupTakes(MinHashSignature sig, int root) {
        int agree = 0;
        int disagree = 0;
        for (int m = root; m >= 0; m = nextMember[m]) {
            MinHashSignature o = signatures.get(m);
            double ratio = sig.sizeRatio(o);
            double c = sig.exactContainment(o, config.minRootContainment());
            if (c >= config.minContainment() && ratio >= config.minSizeRatio() && enoughText(sig, o, c)) {
                agree++;
            } else if (c < config.minRootContainment() || ratio < config.minMemberSizeRatio()) {
                if (m == root) {
                    return false;
                }
                disagree++;
            }
        }
        return agree > disagree;
    }

    /**
     * A text of only a few shingles (a caption, a dateline) is contained in many unrelated texts: it
     * counts as a copy only of the very same shingles.
     */
    private boolean enoughText(MinHashSignature a, MinHashSignature b, double containment) {
        if (Math.min(a.shingleCount(), b.shingleCount()) >= config.minShingles()) {
            return true;
        }
        return containment >= 1.0 && a.shingleCount() == b.shingleCount();
    }

    /** Makes {@code doc} a member of the group of {@code root} (its own group when they are equal). */
    private void join(int doc, int root) {
        roots[doc] = root;
        if (root == doc) {
            nextMember[doc] = -1;
        } else {
            nextMember[doc] = nextMember[root];
            nextMember[root] = doc;
        }
    }

    /** The candidates that passed the copy thresholds, with their containments. */
    private static final class Matches {
        int[] docs = new int[4];
        double[] containments = new double[4];
        int size;

        void add(int doc, double containment) {
            if (size == docs.length) {
                docs = java.util.Arrays.copyOf(docs, size * 2);
                containments = java.util.Arrays.copyOf(containments, size * 2);
            }
            docs[size] = doc;
            containments[size++] = containment;
        }

        /** Indexes into the arrays, highest containment first, earlier document first on ties. */
        int[] byContainment() {
            Integer[] idx = new Integer[size];
            for (int i = 0; i < size; i++) {
                idx[i] = i;
            }
            java.util.Arrays.sort(idx, (x, y) -> containments[x] != containments[y]
                    ? Double.compare(containments[y], containments[x]) : Integer.compare(docs[x], docs[y]));
            int[] out = new int[size];
            for (int i = 0; i < size; i++) {
                out[i] = idx[i];
            }
            return out;
        }
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
            nextMember = java.util.Arrays.copyOf(nextMember, doc * 2);
        }
        Integer original = originalId == null ? null : byId.get(originalId);
        join(doc, original == null ? doc : roots[original]);
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
