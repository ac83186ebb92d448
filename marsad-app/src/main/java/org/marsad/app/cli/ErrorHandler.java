package org.marsad.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/** Turns exceptions into one clear line on stderr and an exit code; stack traces only with MARSAD_DEBUG. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        String message;
        int code;
        if (ex instanceof UserException) {
            message = ex.getMessage();
            code = 1;
        } else if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            message = "I/O error: " + ex.getMessage();
            code = 1;
        } else {
            message = "internal error: " + ex;
            code = 70;
        }
        cl.getErr().println("marsad " + cl.getCommandName() + ": " + message);
        if (System.getenv("MARSAD_DEBUG") != null) {
            ex.printStackTrace(cl.getErr());
        }
        return code;
    }
}
