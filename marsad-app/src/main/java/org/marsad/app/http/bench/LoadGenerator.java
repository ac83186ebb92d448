package org.marsad.app.http.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop clients: each sends {@code GET /api/search} for the next query, waits for the whole
 * answer, and sends the next; a request counts as an error unless it returns 200. A phase ends at
 * its deadline or after {@code maxRequests}, whichever comes first.
 */
public final class LoadGenerator {
    private final String base;
    private final List<String> queries;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public LoadGenerator(String base, List<String> queries) {
        this.base = base;
        this.queries = queries;
    }

    public LoadResult run(int clients, Duration length, long maxRequests) throws InterruptedException {
        long deadline = System.nanoTime() + length.toNanos();
        AtomicLong issued = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<long[]> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int offset = c * 7919;
            long[][] slot = new long[1][];
            Thread t = new Thread(() -> {
                long[] lat = new long[1024];
                int n = 0;
                long i = offset;
                while (System.nanoTime() < deadline && issued.incrementAndGet() <= maxRequests) {
                    String q = queries.get((int) (i++ % queries.size()));
                    HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/search?q="
                            + URLEncoder.encode(q, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(10)).GET().build();
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        long took = System.nanoTime() - s;
                        if (r.statusCode() == 200) {
                            if (n == lat.length) {
                                lat = java.util.Arrays.copyOf(lat, n * 2);
                            }
                            lat[n++] = took;
                        } else {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, "HTTP " + r.statusCode() + " for «" + q + "»: "
                                    + new String(r.body(), StandardCharsets.UTF_8));
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e + " for «" + q + "»");
                        if (e instanceof InterruptedException) {
                            Thread.currentThread().interrupt();
                            break;
                        }
                    }
                }
                slot[0] = java.util.Arrays.copyOf(lat, n);
                synchronized (perClient) {
                    perClient.add(slot[0]);
                }
            }, "bench-client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        long[] all = perClient.stream().flatMapToLong(java.util.Arrays::stream).toArray();
        return new LoadResult(clients, all, errors.get(), secs, firstError.get());
    }
}
