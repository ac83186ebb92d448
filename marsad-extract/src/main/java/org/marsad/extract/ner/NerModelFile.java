package org.marsad.extract.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The model file: gzip of a header ("marsad-ner" and a format version), the hash bits, the entity bias, the
 * transition weights, the non-zero feature weights (bucket gaps as varints, each bucket's nine tag
 * weights as half-precision floats, which is plenty for a perceptron and halves the file), the
 * gazetteer, the word classes, the training vocabulary, the name priors, and (format 2) the external
 * gazetteer and the trigger-context counts, and (format 3) the stacking window and the second pass's
 * bias and weights (window 0: one pass). Format 4 has the layout of format 3 but weights for the
 * feature set that added quoted-span and neighbour-core templates ({@link NerFeatures}): older files
 * would be scored with features they were never trained on, so they are refused.
 */
public final class NerModelFile {
    private static final String MAGIC = "marsad-ner";
    private static final int VERSION = 4;
    /** The oldest format whose weights match the current feature templates. */
    private static final int OLDEST_READABLE = 4;
    private static final int L = BioTags.COUNT;

    private NerModelFile() {}

    /** Writes the model; closes {@code out}. */
    public static void write(NerModel model, String description, OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(out, 1 << 16), 1 << 16));
        d.writeUTF(MAGIC);
        d.writeInt(VERSION);
        d.writeUTF(description);
        d.writeInt(model.bits());
        d.writeFloat(model.entityBias());
        writeWeights(d, model);
        Map<String, int[]> names = new TreeMap<>(model.gazetteer().entries());
        d.writeInt(names.size());
        for (var e : names.entrySet()) {
            d.writeUTF(e.getKey());
            for (int c : e.getValue()) {
                writeVarint(d, c);
            }
        }
        model.clusters().write(d);
        java.util.List<String> vocabulary = new java.util.ArrayList<>(model.lexicon().vocabulary());
        java.util.Collections.sort(vocabulary);
        d.writeInt(vocabulary.size());
        for (String word : vocabulary) {
            d.writeUTF(word);
        }
        model.lexicon().priors().write(d);
        Map<String, int[]> external = new TreeMap<>(model.lexicon().external().entries());
        d.writeInt(external.size());
        for (var e : external.entrySet()) {
            d.writeUTF(e.getKey());
            for (int c : e.getValue()) {
                writeVarint(d, c);
            }
        }
        model.lexicon().contexts().write(d);
        NerModel second = model.stacked();
        d.writeInt(second == null ? 0 : model.stackWindow());
        if (second != null) {
            d.writeFloat(second.entityBias());
            writeWeights(d, second);
        }
        d.close();
    }

    /** The transition weights, then the non-zero buckets' tag weights as half floats. */
    private static void writeWeights(DataOutputStream d, NerModel model) throws IOException {
        for (float t : model.transitions()) {
            d.writeFloat(t);
        }
        float[] w = model.weights();
        int buckets = 1 << model.bits();
        int used = 0;
        for (int b = 0; b < buckets; b++) {
            if (nonZero(w, b)) {
                used++;
            }
        }
        d.writeInt(used);
        int last = -1;
        for (int b = 0; b < buckets; b++) {
            if (!nonZero(w, b)) {
                continue;
            }
            writeVarint(d, b - last);
            last = b;
            for (int t = 0; t < L; t++) {
                d.writeShort(Float.floatToFloat16(w[b * L + t]));
            }
        }
    }

    public static NerModel read(InputStream in, String source) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        if (!MAGIC.equals(d.readUTF())) {
            throw new IOException(source + ": not a marsad NER model");
        }
        int version = d.readInt();
        if (version < 1 || version > VERSION) {
            throw new IOException(source + ": NER model format " + version + ", this marsad reads " + VERSION);
        }
        if (version < OLDEST_READABLE) {
            throw new IOException(source + ": NER model format " + version + " was trained on older features; "
                    + "retrain it with marsad train ner (this marsad reads format " + VERSION + ")");
        }
        d.readUTF();
        int bits = d.readInt();
        if (bits < 8 || bits > 26) {
            throw new IOException(source + ": bad hash size " + bits);
        }
        float entityBias = d.readFloat();
        float[][] main = readWeights(d, bits, source);
        Gazetteer.Builder names = readNames(d);
        WordClusters clusters = WordClusters.read(d);
        int words = d.readInt();
        java.util.Set<String> vocabulary = new java.util.HashSet<>(words * 2);
        for (int i = 0; i < words; i++) {
            vocabulary.add(d.readUTF());
        }
        NamePriors priors = NamePriors.read(d);
        Gazetteer external = version >= 2 ? readNames(d).build() : Gazetteer.empty();
        NameContexts contexts = version >= 2 ? NameContexts.read(d) : NameContexts.none();
        NerLexicon lexicon = new NerLexicon(names.build(), vocabulary, priors, external, contexts);
        int stackWindow = version >= 3 ? d.readInt() : 0;
        NerModel second = null;
        if (stackWindow > 0) {
            float secondBias = d.readFloat();
            float[][] w = readWeights(d, bits, source);
            second = new NerModel(bits, w[0], w[1], lexicon, clusters, secondBias);
        }
        return new NerModel(bits, main[0], main[1], lexicon, clusters, entityBias, second, stackWindow);
    }

    private static float[][] readWeights(DataInputStream d, int bits, String source) throws IOException {
        float[] transitions = new float[(L + 1) * L];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = d.readFloat();
        }
        float[] weights = new float[(1 << bits) * L];
        int used = d.readInt();
        int b = -1;
        for (int i = 0; i < used; i++) {
            b += readVarint(d);
            if (b >= 1 << bits) {
                throw new IOException(source + ": weight bucket " + b + " out of range");
            }
            for (int t = 0; t < L; t++) {
                weights[b * L + t] = Float.float16ToFloat(d.readShort());
            }
        }
        return new float[][] {weights, transitions};
    }

    private static Gazetteer.Builder readNames(DataInputStream d) throws IOException {
        Gazetteer.Builder names = new Gazetteer.Builder();
        int n = d.readInt();
        for (int i = 0; i < n; i++) {
            String key = d.readUTF();
            for (int t = 0; t < BioTags.TYPES.size(); t++) {
                int c = readVarint(d);
                if (c > 0) {
                    names.add(key, t, c);
                }
            }
        }
        return names;
    }

    private static boolean nonZero(float[] w, int bucket) {
        for (int t = 0; t < L; t++) {
            if ((Float.floatToFloat16(w[bucket * L + t]) & 0x7FFF) != 0) {
                return true;
            }
        }
        return false;
    }

    private static void writeVarint(DataOutputStream d, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            d.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        d.writeByte(v);
    }

    private static int readVarint(DataInputStream d) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = d.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("bad varint");
    }
}
