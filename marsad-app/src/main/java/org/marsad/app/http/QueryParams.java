package org.marsad.app.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads and checks query parameters; every failure names the parameter. */
final class QueryParams {
    /** Longer parameters are not queries anyone types; they only cost parsing time. */
    static final int MAX_TEXT = 500;

    private QueryParams() {}

    /** The trimmed value, or null when absent or blank. */
    static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > MAX_TEXT) {
            throw ApiException.badParameter(name, name + " is longer than " + MAX_TEXT + " characters");
        }
        return v.strip();
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = text(ctx, name);
        if (v == null) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, name + " must be an integer " + min + ".." + max);
        }
        if (n < min || n > max) {
            throw ApiException.badParameter(name, name + " must be " + min + ".." + max);
        }
        return n;
    }

    static LocalDate date(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(name, name + " must be a date YYYY-MM-DD");
        }
    }
}
