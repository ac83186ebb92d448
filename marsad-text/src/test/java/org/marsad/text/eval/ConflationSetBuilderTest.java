package org.marsad.text.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.text.normalize.ArabicNormalizer;

/** Reads the real BAMA tables from the shared data (skipped when they are absent). */
class ConflationSetBuilderTest {
    private static Path bamaDir() {
        String shared = System.getProperty("marsad.shared", "../../shared");
        Path dir = Path.of(shared, "data", "buckwalter-bama");
        assumeTrue(Files.isRegularFile(dir.resolve("dictstems")),
                "BAMA tables not found at " + dir + " (set -Dmarsad.shared to the shared folder); skipping");
        return dir;
    }

    @Test
    void analyzesNewsFormsIntoTheirLemmas() throws Exception {
        BamaTables bama = BamaTables.read(bamaDir());
        assertTrue(bama.lemmas().size() > 38_000, "BAMA 1.0 has 38,600 lemmas");
        ConflationSetBuilder builder = new ConflationSetBuilder(bama, ArabicNormalizer.search());
        Set<Integer> lemmas = new HashSet<>();
        builder.analyze("والوزير", lemmas);
        assertTrue(lemmas.stream().anyMatch(l -> bama.lemmas().get(l).startsWith("waziyr")), "و+ال+وزير: " + ids(bama, lemmas));
        Set<Integer> bare = new HashSet<>();
        builder.analyze("وزير", bare);
        assertTrue(bare.containsAll(lemmas.stream().filter(l -> bama.lemmas().get(l).startsWith("waziyr")).toList()));
        Set<Integer> name = new HashSet<>();
        builder.analyze("لرونالدو", name);
        assertTrue(ids(bama, name).contains("ruwnAloduw_1"), "ل+رونالدو: " + ids(bama, name));
        Set<Integer> none = new HashSet<>();
        builder.analyze("قشطمغ", none);
        assertTrue(none.isEmpty(), "letters that are no word have no lemma: " + ids(bama, none));
    }

    private static String ids(BamaTables bama, Set<Integer> lemmas) {
        return lemmas.stream().map(bama.lemmas()::get).toList().toString();
    }
}
