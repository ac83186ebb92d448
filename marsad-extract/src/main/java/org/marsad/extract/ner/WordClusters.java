package org.marsad.extract.ner;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A three-level hierarchy of word classes over search-normalized words, learned from unlabeled text
 * ({@link ClusterLearner}). A word's leaf id encodes its path: {@code leaf = (top * mid + m) * low + l},
 * so {@link #top}, {@link #mid} and {@link #leaf} are coarse-to-fine views of one assignment, like
 * Brown-cluster bit prefixes. Unknown words get -1 at every level.
 */
public final class WordClusters {
    private final Map<String, Integer> leaves;
    private final int midBranching;
    private final int lowBranching;
    private final int topCount;

    public WordClusters(Map<String, Integer> leaves, int topCount, int midBranching, int lowBranching) {
        this.leaves = Map.copyOf(leaves);
        this.topCount = topCount;
        this.midBranching = midBranching;
        this.lowBranching = lowBranching;
    }

    /** No clusters at all: every word is unknown. */
    public static WordClusters none() {
        return new WordClusters(Map.of(), 1, 1, 1);
    }

    public int leaf(String word) {
        Integer id = word == null ? null : leaves.get(word);
        return id == null ? -1 : id;
    }

    public int mid(int leaf) {
        return leaf < 0 ? -1 : leaf / lowBranching;
    }

    public int top(int leaf) {
        return leaf < 0 ? -1 : leaf / (lowBranching * midBranching);
    }

    public int size() {
        return leaves.size();
    }

    public int leafCount() {
        return topCount * midBranching * lowBranching;
    }

    public void write(DataOutput out) throws IOException {
        out.writeInt(topCount);
        out.writeInt(midBranching);
        out.writeInt(lowBranching);
        out.writeInt(leaves.size());
        for (var e : new java.util.TreeMap<>(leaves).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeShort(e.getValue());
        }
    }

    public static WordClusters read(DataInput in) throws IOException {
        int top = in.readInt();
        int mid = in.readInt();
        int low = in.readInt();
        int n = in.readInt();
        if (top <= 0 || mid <= 0 || low <= 0 || n < 0 || top * mid * low > 65535) {
            throw new IOException("bad word-cluster header: " + top + "x" + mid + "x" + low + ", " + n + " words");
        }
        Map<String, Integer> leaves = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            leaves.put(in.readUTF(), in.readUnsignedShort());
        }
        return new WordClusters(leaves, top, mid, low);
    }
}
