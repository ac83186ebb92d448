package org.marsad.app;

import org.marsad.app.cli.MarsadCommand;
import picocli.CommandLine;

/** Entry point of the {@code marsad} command. */
public final class Main {
    private Main() {}

    /** Held so the level sticks: JUL keeps loggers only weakly. */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");

    public static void main(String[] args) {
        // Lucene's hint to enable the incubating Vector API is noise on every command of a CLI
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        return MarsadCommand.commandLine().execute(args);
    }
}
