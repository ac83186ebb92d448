package org.marsad.app.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import org.marsad.app.cli.UserException;

/**
 * Finds the shared data folder: {@code --shared}, else the {@code marsad.shared} system property,
 * else {@code MARSAD_SHARED}, else {@code ../shared} beside the checkout (where CI puts it).
 */
public final class SharedData {
    private SharedData() {}

    public static Path locate(Path explicit) {
        if (explicit != null) {
            return explicit;
        }
        String prop = System.getProperty("marsad.shared");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv("MARSAD_SHARED");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String home = System.getProperty("marsad.home", ".");
        return Path.of(home).toAbsolutePath().normalize().resolveSibling("shared");
    }

    /** A file under {@code data/}, or a clear error saying where it was looked for. */
    public static Path require(Path shared, String relative) {
        Path p = shared.resolve("data").resolve(relative);
        if (!Files.exists(p)) {
            throw new UserException("needs " + p + " (the shared data folder; pass --shared DIR or set MARSAD_SHARED)");
        }
        return p;
    }
}
