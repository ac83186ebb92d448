package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** DESIGN.md: the core of marsad-text depends on nothing; only the adapter and the benchmarks see Lucene. */
class ArchitectureTest {
    @Test
    void coreImportsOnlyTheJdkAndItself() throws IOException {
        Path root = Path.of("src/main/java/org/marsad/text");
        List<Path> core;
        try (Stream<Path> files = Files.walk(root)) {
            core = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(root.resolve("lucene")) && !p.startsWith(root.resolve("bench"))
                            && !p.startsWith(root.resolve("eval")))
                    .toList();
        }
        assertTrue(core.size() > 10, "found the core sources");
        for (Path p : core) {
            for (String line : Files.readAllLines(p)) {
                if (line.startsWith("import ")) {
                    String imported = line.substring(7).replace("static ", "");
                    assertTrue(imported.startsWith("java.") || imported.startsWith("org.marsad.text."),
                            p + " imports " + imported);
                }
            }
        }
    }
}
