package org.marsad.app.cli;

import java.nio.file.Path;
import org.marsad.app.corpus.SharedData;
import picocli.CommandLine.Option;

/**
 * {@code --shared DIR}: the shared data folder of the commands that evaluate, benchmark or train
 * on {@code ../shared/data} (a picocli mixin). Unset, {@link SharedData#locate} finds it.
 */
public final class SharedOption {
    @Option(names = "--shared", paramLabel = "DIR",
            description = "shared data folder (default: the marsad.shared property, MARSAD_SHARED, else ../shared beside the checkout)")
    Path explicit;

    /** The folder, located only when a command needs it (a missing folder is reported where it is read). */
    Path folder() {
        return SharedData.locate(explicit);
    }
}
