package org.marsad.store.read;

/** A file or record that cannot be read; its message is the reason shown to the user. */
public final class BadInputException extends Exception {
    public BadInputException(String reason) {
        super(reason);
    }
}
