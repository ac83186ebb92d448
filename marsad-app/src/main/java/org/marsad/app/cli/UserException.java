package org.marsad.app.cli;

/** A problem the user can fix (a missing file, bad input): printed as one line, no stack trace. */
public class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
