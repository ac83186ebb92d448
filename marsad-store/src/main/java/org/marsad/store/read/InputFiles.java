package org.marsad.store.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the paths given on the command line: folders are walked recursively, in name order; hidden files are skipped. */
public final class InputFiles {
    private InputFiles() {}

    /** The regular files under {@code paths}; a path that does not exist is reported through {@code missing}. */
    public static List<Path> expand(List<Path> paths, java.util.function.Consumer<Rejection> missing) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                missing.accept(new Rejection(p, 0, "no such file or folder"));
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile)
                            .filter(f -> !isHidden(p, f))
                            .sorted()
                            .forEach(out::add);
                } catch (IOException | UncheckedIOException e) {
                    missing.accept(new Rejection(p, 0, "cannot list folder: " + e.getMessage()));
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
