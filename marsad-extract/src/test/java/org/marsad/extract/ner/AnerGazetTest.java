package org.marsad.extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.text.normalize.ArabicNormalizer;

/** ANERgazet-format lists written for the test: separators skipped, names typed by their file. */
class AnerGazetTest {
    @TempDir
    Path dir;

    private void write(String file, String... lines) throws IOException {
        Files.writeString(dir.resolve(file), String.join("\n", lines) + "\n");
    }

    @Test
    void readsTheThreeListsWithTheirTypes() throws IOException {
        write("AlignedPersGazetteer.txt", "سامي", "يوسف");
        write("AlignedLocGazetteer.txt", "====", "اسيا", "====", "الاردن", "****", "عمان", "");
        write("AlignedOrgGazetteer.txt", "وكالة الانباء الاسلامية");
        Gazetteer g = AnerGazet.read(dir, ArabicNormalizer.search()::normalize);
        assertEquals(6, g.size());
        String[] words = {"زار", "سامي", "عمان", "مع", "وكالة", "الأنباء", "الإسلامية"};
        for (int i = 0; i < words.length; i++) {
            words[i] = ArabicNormalizer.search().normalize(words[i]);
        }
        int[] tags = g.match(words, new String[words.length], words.length);
        int pers = BioTags.typeIndex("PERS");
        int loc = BioTags.typeIndex("LOC");
        int org = BioTags.typeIndex("ORG");
        assertArrayEquals(new int[] {BioTags.O, BioTags.begin(pers), BioTags.begin(loc), BioTags.O,
                BioTags.begin(org), BioTags.inside(org), BioTags.inside(org)}, tags);
        assertTrue(g.entries().containsKey("الاردن"));
        assertTrue(!g.entries().containsKey("===="));
    }

    @Test
    void aMissingListIsNamed() {
        IOException e = assertThrows(IOException.class, () -> AnerGazet.read(dir, s -> s));
        assertTrue(e.getMessage().contains("AlignedPersGazetteer.txt"), e.getMessage());
    }
}
