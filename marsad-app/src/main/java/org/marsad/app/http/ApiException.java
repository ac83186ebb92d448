package org.marsad.app.http;

/**
 * A request the API refuses: the HTTP status, a message for the client and, when one parameter is
 * to blame, its name. Rendered as {@code {"error": ..., "parameter": ...}}.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String parameter;

    public ApiException(int status, String message, String parameter) {
        super(message, null, false, false);
        this.status = status;
        this.parameter = parameter;
    }

    /** 400 blaming {@code parameter}. */
    public static ApiException badParameter(String parameter, String message) {
        return new ApiException(400, message, parameter);
    }

    public int status() {
        return status;
    }

    public String parameter() {
        return parameter;
    }
}
