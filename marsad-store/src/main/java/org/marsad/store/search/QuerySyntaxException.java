package org.marsad.store.search;

/** A query the user typed cannot be parsed; the message says where and why, in one line. */
public final class QuerySyntaxException extends Exception {
    public QuerySyntaxException(String message) {
        super(message);
    }
}
