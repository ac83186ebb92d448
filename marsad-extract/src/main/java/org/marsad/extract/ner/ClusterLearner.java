package org.marsad.extract.ner;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.marsad.text.normalize.ArabicNormalizer;
import org.marsad.text.tokenize.ArabicTokenizer;
import org.marsad.text.tokenize.TokenType;

/**
 * Learns {@link WordClusters} from unlabeled text, cheaply enough for 60k articles on one core.
 *
 * <p>Each of the most frequent words is described by where it occurs: the distributions of the
 * context words (the most frequent ones) one and two positions to its left and right. The square
 * roots of those distributions (a Hellinger embedding, which tames very frequent contexts without
 * needing joint counts) are randomly projected to a small dense vector, and words are grouped by
 * spherical k-means, top-down in three levels. Words that share contexts («قال ___ إن») land in one
 * class, which lets the tagger generalize from names it saw in training to names it did not.
 *
 * <p>Feed texts with {@link #add}, then call {@link #build} once. Not thread-safe.
 */
public final class ClusterLearner {
    /** How many words get a class, how many words count as contexts, and the three branchings. */
    public record Config(int words, int contexts, int minCount, int dimensions, int top, int mid, int low,
                         int iterations, long seed) {
        public static final Config DEFAULT = new Config(200_000, 1_000, 3, 128, 64, 8, 8, 10, 17L);
    }

    private static final int BREAK = -1;
    private static final String NUMBER = "<num>";

    private final Config config;
    private final ArabicNormalizer normalizer = ArabicNormalizer.search();
    private final ArabicTokenizer tokenizer = new ArabicTokenizer();
    private final Map<String, Integer> ids = new HashMap<>();
    private String[] forms = new String[1 << 16];
    private int[] counts = new int[1 << 16];
    private int[] stream = new int[1 << 20];
    private int length;

    public ClusterLearner(Config config) {
        this.config = config;
    }

    /** Adds one text (an article body or title); its tokens are counted, normalized for search. */
    public void add(String text) {
        tokenizer.reset(text);
        while (tokenizer.next()) {
            String form;
            if (tokenizer.type() == TokenType.NUMBER) {
                form = NUMBER;
            } else {
                form = normalizer.normalize(text.substring(tokenizer.start(), tokenizer.end()));
                if (form.isEmpty()) {
                    continue;
                }
            }
            append(id(form));
        }
        append(BREAK);
    }

    public long tokens() {
        return length;
    }

    private int id(String form) {
        Integer id = ids.get(form);
        if (id == null) {
            id = ids.size();
            ids.put(form, id);
            if (id == forms.length) {
                forms = Arrays.copyOf(forms, id * 2);
                counts = Arrays.copyOf(counts, id * 2);
            }
            forms[id] = form;
        }
        counts[id]++;
        return id;
    }

    private void append(int id) {
        if (length == stream.length) {
            stream = Arrays.copyOf(stream, length * 2);
        }
        stream[length++] = id;
    }

    /** Clusters the words seen so far. */
    public WordClusters build() {
        int distinct = ids.size();
        Integer[] byCount = new Integer[distinct];
        for (int i = 0; i < distinct; i++) {
            byCount[i] = i;
        }
        Arrays.sort(byCount, (a, b) -> counts[b] != counts[a] ? Integer.compare(counts[b], counts[a]) : forms[a].compareTo(forms[b]));
        int[] contextSlot = new int[distinct];
        Arrays.fill(contextSlot, -1);
        int contexts = Math.min(config.contexts(), distinct);
        for (int r = 0; r < contexts; r++) {
            contextSlot[byCount[r]] = r;
        }
        int words = 0;
        while (words < Math.min(config.words(), distinct) && counts[byCount[words]] >= config.minCount()) {
            words++;
        }
        int[] row = new int[distinct];
        Arrays.fill(row, -1);
        for (int r = 0; r < words; r++) {
            row[byCount[r]] = r;
        }
        float[] vectors = embed(row, words, contextSlot, contexts);
        int[] leaf = new HierarchicalKMeans(config).cluster(vectors, words, config.dimensions());
        Map<String, Integer> leaves = new HashMap<>(words * 2);
        for (int r = 0; r < words; r++) {
            String form = forms[byCount[r]];
            if (!form.equals(NUMBER)) {
                leaves.put(form, leaf[r]);
            }
        }
        return new WordClusters(leaves, config.top(), config.mid(), config.low());
    }

    /** Unit-length projected Hellinger context vectors, {@code words x dimensions}, row-major. */
    private float[] embed(int[] row, int words, int[] contextSlot, int contexts) {
        int dim = config.dimensions();
        int width = 4 * contexts;
        Random random = new Random(config.seed());
        float[] projection = new float[width * dim];
        for (int i = 0; i < projection.length; i++) {
            projection[i] = (float) random.nextGaussian();
        }
        // the nearest neighbours say most about a word's class; the next ones add evidence
        float[] positionWeight = {0.7f, 1f, 1f, 0.7f};
        float[] vectors = new float[words * dim];
        int block = Math.max(1, Math.min(words, 8_000));
        float[] cooc = new float[block * width];
        for (int from = 0; from < words; from += block) {
            int to = Math.min(words, from + block);
            Arrays.fill(cooc, 0f);
            for (int i = 0; i < length; i++) {
                int w = stream[i];
                if (w == BREAK) {
                    continue;
                }
                int r = row[w];
                if (r < from || r >= to) {
                    continue;
                }
                int base = (r - from) * width;
                for (int p = 0; p < 4; p++) {
                    int j = i + (p < 2 ? p - 2 : p - 1);
                    int c = context(j, p < 2 ? -1 : 1, i, contextSlot);
                    if (c >= 0) {
                        cooc[base + p * contexts + c]++;
                    }
                }
            }
            for (int r = from; r < to; r++) {
                int base = (r - from) * width;
                float[] v = new float[dim];
                for (int p = 0; p < 4; p++) {
                    float total = 0;
                    for (int c = 0; c < contexts; c++) {
                        total += cooc[base + p * contexts + c];
                    }
                    if (total == 0) {
                        continue;
                    }
                    for (int c = 0; c < contexts; c++) {
                        float x = cooc[base + p * contexts + c];
                        if (x == 0) {
                            continue;
                        }
                        float h = positionWeight[p] * (float) Math.sqrt(x / total);
                        int pr = (p * contexts + c) * dim;
                        for (int d = 0; d < dim; d++) {
                            v[d] += h * projection[pr + d];
                        }
                    }
                }
                normalize(v);
                System.arraycopy(v, 0, vectors, r * dim, dim);
            }
        }
        return vectors;
    }

    /** The context slot of the token at {@code j}, or -1 when it is outside the text or not a context word. */
    private int context(int j, int direction, int i, int[] contextSlot) {
        if (j < 0 || j >= length) {
            return -1;
        }
        // a break between i and j means j belongs to another text
        for (int k = Math.min(i, j); k <= Math.max(i, j); k++) {
            if (stream[k] == BREAK) {
                return -1;
            }
        }
        return contextSlot[stream[j]];
    }

    static void normalize(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm == 0) {
            return;
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < v.length; d++) {
            v[d] *= inv;
        }
    }
}
