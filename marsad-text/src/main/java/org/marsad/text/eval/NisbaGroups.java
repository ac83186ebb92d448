package org.marsad.text.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups BAMA lemmas into the units search should conflate: lemmas with the same base (the ID without
 * sense number and verb vowel class: {@code |bAd_1} and {@code |bAd_2} are spelled and vocalized
 * alike) form one group, and each relational adjective (nisba) joins the noun it derives from:
 * {@code lubonAniy~_1} (لبناني) goes with {@code lubonAn_1} (لبنان), {@code {iqotiSAdiy~_1} with
 * {@code {iqotiSAd_1}. BAMA keeps the nisba apart, but the issue this test serves asks «إيراني» to
 * find «إيران» and «اللبناني» to find «لبنان». A nisba is recognised from the lemma IDs alone: its
 * base is a noun base plus {@code iy~}, and that noun base is itself a lemma.
 */
public final class NisbaGroups {
    private final int[] groupOf;
    private final List<String> groupIds = new ArrayList<>();
    private final List<String> groupKeys = new ArrayList<>();
    private final List<String> lemmaSplitKeys = new ArrayList<>();

    public NisbaGroups(List<String> lemmaIds) {
        Set<String> bases = new HashSet<>();
        for (String id : lemmaIds) {
            bases.add(Split.base(id));
        }
        Map<String, Integer> groupOfKey = new HashMap<>();
        groupOf = new int[lemmaIds.size()];
        for (int l = 0; l < lemmaIds.size(); l++) {
            String base = Split.base(lemmaIds.get(l));
            String noun = nounOf(base);
            String key = noun != null && bases.contains(noun) ? noun : base;
            Integer g = groupOfKey.get(key);
            if (g == null) {
                g = groupIds.size();
                groupOfKey.put(key, g);
                groupIds.add(key);
                groupKeys.add(key);
            }
            if (!key.equals(base) && !groupIds.get(g).endsWith("+" + base)) {
                groupIds.set(g, groupIds.get(g) + "+" + base);
            }
            groupOf[l] = g;
            lemmaSplitKeys.add(key);
        }
    }

    /** {@code lubonAniy~} → {@code lubonAn}; null if the base does not end in the nisba ending. */
    static String nounOf(String base) {
        return base.endsWith("iy~") && base.length() > 3 ? base.substring(0, base.length() - 3) : null;
    }

    /** Group index per lemma index. */
    public int[] groupOf() {
        return groupOf;
    }

    /** Group names: the noun base, then {@code +nisba base} if one joined. */
    public List<String> groupIds() {
        return groupIds;
    }

    /** Per group, the key {@link Split#of} hashes. */
    public List<String> groupSplitKeys() {
        return groupKeys;
    }

    /** Per lemma, the split key of its group, so a nisba and its noun always fall in the same half. */
    public List<String> lemmaSplitKeys() {
        return lemmaSplitKeys;
    }
}
