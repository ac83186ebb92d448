package org.marsad.extract.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the ANERgazet lists (Benajiba et al. 2007: persons, locations, organizations; one name a line,
 * {@code ====} and {@code ****} lines separate continents and countries in the location list) into a
 * {@link Gazetteer}. It is a resource apart from ANERcorp, so unlike the training-data gazetteer it
 * needs no jackknifing: it knows names the training sentences never mention, which is where the
 * tagger is weakest.
 */
public final class AnerGazet {
    /** The three files of the ANERgazet folder and the entity type each holds. */
    static final List<String> FILES = List.of("AlignedPersGazetteer.txt", "AlignedLocGazetteer.txt", "AlignedOrgGazetteer.txt");
    static final List<String> TYPES = List.of("PERS", "LOC", "ORG");

    private AnerGazet() {}

    /** The names of the three lists in {@code folder}, each token normalized by {@code normalize}. */
    public static Gazetteer read(Path folder, Function<String, String> normalize) throws IOException {
        Gazetteer.Builder b = new Gazetteer.Builder();
        for (int f = 0; f < FILES.size(); f++) {
            Path file = folder.resolve(FILES.get(f));
            if (!Files.isRegularFile(file)) {
                throw new IOException(file + ": no such file (the ANERgazet folder needs " + FILES + ")");
            }
            int type = BioTags.TYPES.indexOf(TYPES.get(f));
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("====") || name.startsWith("****")) {
                    continue;
                }
                String[] words = name.split("\\s+");
                if (words.length > Gazetteer.MAX_TOKENS) {
                    continue;
                }
                StringBuilder key = new StringBuilder();
                for (String w : words) {
                    String n = normalize.apply(w);
                    if (n.isEmpty()) {
                        continue;
                    }
                    if (!key.isEmpty()) {
                        key.append(' ');
                    }
                    key.append(n);
                }
                if (!key.isEmpty()) {
                    b.add(key.toString(), type, 1);
                }
            }
        }
        return b.build();
    }
}
