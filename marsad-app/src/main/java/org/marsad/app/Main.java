package org.marsad.app;

import org.marsad.app.cli.MarsadCommand;
import picocli.CommandLine;

/** Entry point of the {@code marsad} command. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        return MarsadCommand.commandLine().execute(args);
    }
}
