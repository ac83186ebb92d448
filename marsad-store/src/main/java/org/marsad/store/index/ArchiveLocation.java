package org.marsad.store.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Where an archive lives: {@code DATA/index} holds the Lucene index. The default data dir is {@code ./marsad-data}. */
public record ArchiveLocation(Path dataDir) {
    public static final Path DEFAULT_DATA = Path.of("marsad-data");

    public Path indexDir() {
        return dataDir.resolve("index");
    }

    public boolean exists() {
        try (Stream<Path> s = Files.exists(indexDir()) ? Files.list(indexDir()) : Stream.empty()) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("segments_"));
        } catch (IOException e) {
            return false;
        }
    }

    public Directory open() throws IOException {
        Files.createDirectories(indexDir());
        return FSDirectory.open(indexDir());
    }

    /** Bytes of all index files. */
    public long sizeBytes() throws IOException {
        if (!Files.exists(indexDir())) {
            return 0;
        }
        try (Stream<Path> s = Files.list(indexDir())) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // a file merged away while listing
                }
            }).sum();
        }
    }
}
