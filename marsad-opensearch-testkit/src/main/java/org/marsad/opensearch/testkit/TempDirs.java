package org.marsad.opensearch.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Deletes a directory tree, reporting (not throwing) what could not be deleted. */
final class TempDirs {
    private TempDirs() {
    }

    static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        } catch (IOException e) {
            System.err.println("LocalOpenSearchCluster: cannot list " + root + " to delete it: " + e);
            return;
        }
        int failed = 0;
        for (Path p : paths) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                failed++;
            }
        }
        if (failed > 0) {
            System.err.println("LocalOpenSearchCluster: " + failed + " file(s) under " + root + " could not be deleted");
        }
    }
}
