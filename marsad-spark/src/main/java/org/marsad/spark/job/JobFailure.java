package org.marsad.spark.job;

/**
 * One line saying why a Spark job failed. Spark wraps a task's exception in a SparkException
 * whose message holds the whole remote stack trace; a user needs the innermost reason (e.g. the
 * bulk load's refusal), not the trace.
 */
public final class JobFailure {
    private JobFailure() {}

    public static String reason(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getName() : t.getMessage();
        int nl = message.indexOf('\n');
        String first = nl < 0 ? message : message.substring(0, nl);
        return t == failure || t.getMessage() == null ? first : t.getClass().getSimpleName() + ": " + first;
    }
}
