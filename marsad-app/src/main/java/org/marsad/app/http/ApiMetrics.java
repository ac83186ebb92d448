package org.marsad.app.http;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;

/** Micrometer registry of the server: request latency by route and status, JVM memory and threads; scraped at /metrics. */
final class ApiMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    ApiMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
    }

    /** Called once per request with its time in milliseconds. */
    void record(Context ctx, float millis) {
        Timer.builder("marsad_http_requests")
                .description("HTTP requests served")
                .tag("method", ctx.method().name())
                .tag("route", route(ctx))
                .tag("status", Integer.toString(ctx.statusCode()))
                .publishPercentiles(0.5, 0.99)
                .register(registry)
                .record(Duration.ofNanos((long) (millis * 1_000_000)));
    }

    /** The route pattern, not the path: one series per endpoint, not per article id. */
    private static String route(Context ctx) {
        try {
            return ctx.endpoint().path;
        } catch (RuntimeException none) {
            return ctx.path().startsWith("/api/") ? "unmatched" : "static";
        }
    }

    void scrape(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
    }
}
