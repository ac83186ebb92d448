package org.marsad.text.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link CharTable} against a HashMap, with keys short enough to sit in a slot and long ones that do not. */
class CharTableTest {
    @Test
    void agreesWithHashMapThroughGrowthCompactionAndUpdates() {
        Random random = new Random(3);
        Map<String, Integer> expected = new HashMap<>();
        CharTable table = new CharTable(4);
        for (int i = 0; i < 20000; i++) {
            String key = randomKey(random);
            int value = random.nextInt(); // negative values too
            expected.put(key, value);
            table.put(key, value);
        }
        table.put("", 7);
        expected.put("", 7);
        check(expected, table, random);
        table.compact(0.6);
        check(expected, table, random);
        // updates after compaction keep both the value and the entry
        for (String key : expected.keySet().toArray(new String[0])) {
            int entry = table.find(key, 0, key.length());
            assertEquals(entry, table.put(key, 42));
            expected.put(key, 42);
        }
        check(expected, table, random);
    }

    private static void check(Map<String, Integer> expected, CharTable table, Random random) {
        assertEquals(expected.size(), table.size());
        for (var e : expected.entrySet()) {
            String key = e.getKey();
            char[] padded = ("xy" + key + "z").toCharArray();
            int entry = table.find(padded, 2, 2 + key.length());
            assertEquals(key, table.key(entry));
            assertEquals(entry, table.find("a" + key, 1, key.length() + 1));
            assertEquals(e.getValue(), table.value(entry));
            assertEquals(e.getValue(), table.valueOf(padded, 2, 2 + key.length(), -1));
        }
        for (int i = 0; i < 20000; i++) {
            String key = randomKey(random) + "#"; // never inserted
            assertEquals(-1, table.find(key.toCharArray(), 0, key.length()));
            assertEquals(-1, table.find(key, 0, key.length()));
            assertEquals(-5, table.valueOf(key.toCharArray(), 0, key.length(), -5));
        }
    }

    private static String randomKey(Random random) {
        int len = random.nextInt(10) == 0 ? 12 + random.nextInt(30) : 1 + random.nextInt(11);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            sb.append((char) ('\u0627' + random.nextInt(6))); // few letters: many shared prefixes and collisions
        }
        return sb.toString();
    }
}
