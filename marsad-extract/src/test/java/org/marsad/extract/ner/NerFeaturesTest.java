package org.marsad.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.text.segment.ArabicSegmenter;

class NerFeaturesTest {
    private final NerFeatures features = new NerFeatures(ArabicSegmenter.standard(), WordClusters.none(), 18);
    private final NerLexicon lexicon = new NerLexicon(Gazetteer.empty(), Set.of(), NamePriors.none());

    private Set<Integer> idsOf(List<String> tokens, int i) {
        NerFeatures.Features x = features.extract(features.analyze(tokens), lexicon);
        int[] ids = Arrays.copyOfRange(x.ids(), x.offsets()[i], x.offsets()[i + 1]);
        Set<Integer> out = new HashSet<>();
        for (int id : ids) {
            out.add(id);
        }
        return out;
    }

    private static int onlyInFirst(Set<Integer> a, Set<Integer> b) {
        Set<Integer> d = new HashSet<>(a);
        d.removeAll(b);
        return d.size();
    }

    @Test
    void aQuotedWordReadsTheWordBeforeTheOpeningMarkBeyondTheWindow() {
        // token 4 has the same neighbours within two words in both sentences; only the word before « differs
        Set<Integer> programme = idsOf(List.of("برنامج", "«", "ساعة", "مع", "الناس", "»"), 4);
        Set<Integer> book = idsOf(List.of("كتاب", "«", "ساعة", "مع", "الناس", "»"), 4);
        assertEquals(1, onlyInFirst(programme, book));
        assertEquals(programme.size(), idsOf(List.of("برنامج", "«", "ساعة", "مع", "الناس", "»"), 4).size(), "deterministic");
    }

    @Test
    void aNeighbourIsAlsoReadWithoutItsProclitics() {
        // «وللأهلي» and «الأهلي» differ as words, clitics and shape but share their core «الأهلي»;
        // «أهلي» shares their stem but not the core: what the first two alone share is the core,
        // alone and with the word («مباراة» after the core «الأهلي»)
        Set<Integer> clitic = idsOf(List.of("وللأهلي", "مباراة"), 1);
        Set<Integer> bare = idsOf(List.of("الأهلي", "مباراة"), 1);
        Set<Integer> stemOnly = idsOf(List.of("أهلي", "مباراة"), 1);
        Set<Integer> shared = new HashSet<>(clitic);
        shared.retainAll(bare);
        shared.removeAll(stemOnly);
        assertEquals(2, shared.size());
    }
}
