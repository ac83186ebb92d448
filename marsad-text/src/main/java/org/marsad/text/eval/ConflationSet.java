package org.marsad.text.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Word forms (search-normalized) with the lemmas each can be a form of. Two forms should share a stem
 * exactly when their lemma sets intersect: a homograph such as «عقد» (contract / to hold) belongs to
 * several lemmas and conflating it with a form of any of them is right.
 */
public final class ConflationSet {
    private final List<String> forms;
    private final int[][] lemmasOfForm;
    private final List<String> lemmaIds;
    private final List<String> splitKeys;
    private long relatedPairs = -1;

    /** A set whose lemmas are split by their own IDs. */
    public ConflationSet(List<String> forms, int[][] lemmasOfForm, List<String> lemmaIds) {
        this(forms, lemmasOfForm, lemmaIds, lemmaIds);
    }

    /**
     * @param forms        distinct search-normalized forms
     * @param lemmasOfForm for each form, the indices into {@code lemmaIds} of its lemmas (any order, non-empty)
     * @param lemmaIds     lemma names, for reports
     * @param splitKeys    per lemma, the key {@link Split#of} hashes; lemmas that must stay in one half share it
     */
    public ConflationSet(List<String> forms, int[][] lemmasOfForm, List<String> lemmaIds, List<String> splitKeys) {
        if (splitKeys.size() != lemmaIds.size()) {
            throw new IllegalArgumentException(lemmaIds.size() + " lemmas but " + splitKeys.size() + " split keys");
        }
        if (forms.size() != lemmasOfForm.length) {
            throw new IllegalArgumentException(forms.size() + " forms but " + lemmasOfForm.length + " lemma sets");
        }
        this.forms = List.copyOf(forms);
        this.lemmasOfForm = new int[lemmasOfForm.length][];
        for (int i = 0; i < lemmasOfForm.length; i++) {
            int[] set = Arrays.stream(lemmasOfForm[i]).distinct().sorted().toArray();
            if (set.length == 0) {
                throw new IllegalArgumentException("form " + forms.get(i) + " has no lemma");
            }
            this.lemmasOfForm[i] = set;
        }
        this.lemmaIds = List.copyOf(lemmaIds);
        this.splitKeys = List.copyOf(splitKeys);
    }

    /** Number of pairs of distinct forms that share a lemma (computed once). */
    public long relatedPairs() {
        if (relatedPairs < 0) {
            relatedPairs = PairwiseConflation.relatedPairs(this);
        }
        return relatedPairs;
    }

    public int size() {
        return forms.size();
    }

    public String form(int i) {
        return forms.get(i);
    }

    public List<String> forms() {
        return forms;
    }

    /** Sorted lemma indices of form {@code i}. */
    public int[] lemmas(int i) {
        return lemmasOfForm[i];
    }

    public String lemmaId(int lemma) {
        return lemmaIds.get(lemma);
    }

    public int lemmaCount() {
        return lemmaIds.size();
    }

    /** Number of lemmas that have at least one form here. */
    public int lemmasUsed() {
        return (int) Arrays.stream(lemmasOfForm).flatMapToInt(Arrays::stream).distinct().count();
    }

    /** True if forms {@code i} and {@code j} share a lemma. */
    public boolean sameLemma(int i, int j) {
        return firstCommon(lemmasOfForm[i], lemmasOfForm[j]) >= 0;
    }

    /** The smallest lemma index in both sorted sets, or -1. */
    static int firstCommon(int[] a, int[] b) {
        int x = 0;
        int y = 0;
        while (x < a.length && y < b.length) {
            if (a[x] == b[y]) {
                return a[x];
            }
            if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return -1;
    }

    /**
     * The forms of the lemmas in one half, each keeping only its lemmas of that half; a form whose
     * lemmas all lie in the other half is left out.
     */
    public ConflationSet restrict(Split split) {
        List<String> keptForms = new ArrayList<>();
        List<int[]> keptLemmas = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            int[] in = Arrays.stream(lemmasOfForm[i]).filter(l -> Split.of(splitKeys.get(l)) == split).toArray();
            if (in.length > 0) {
                keptForms.add(forms.get(i));
                keptLemmas.add(in);
            }
        }
        return new ConflationSet(keptForms, keptLemmas.toArray(new int[0][]), lemmaIds, splitKeys);
    }

    /**
     * The same forms with lemmas joined into groups: lemma {@code l} becomes group {@code groupOf[l]}.
     * Splits do not move, since a group's lemmas must already share their split key.
     */
    public ConflationSet grouped(int[] groupOf, List<String> groupIds, List<String> groupSplitKeys) {
        int[][] sets = new int[lemmasOfForm.length][];
        for (int i = 0; i < sets.length; i++) {
            sets[i] = Arrays.stream(lemmasOfForm[i]).map(l -> groupOf[l]).toArray();
        }
        return new ConflationSet(forms, sets, groupIds, groupSplitKeys);
    }
}
