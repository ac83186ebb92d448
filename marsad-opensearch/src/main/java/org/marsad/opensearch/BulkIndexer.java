package org.marsad.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends documents to the cluster in {@code _bulk} requests with back-pressure and retries. Each
 * document is created under its id ({@code create}: a retried item that had in fact arrived
 * answers 409 and counts as done). A whole bulk that fails with no answer, 429 or 50x is sent again
 * after an exponential backoff; so are the items answered 429 or 50x; any other refused item is a
 * permanent {@link Failure}, named by its id. When the retries run out the indexer fails and every
 * later call throws. One thread adds; the sending runs on {@code inFlight} threads.
 */
public final class BulkIndexer implements Closeable {
    /** An item the cluster refused for good. */
    public record Failure(String id, String label, String reason) {}

    private record Item(String id, String label, byte[] bytes) {}

    private final ClusterClient client;
    private final String index;
    private final BulkSettings settings;
    private final Retry retry;
    private final Semaphore slots;
    private final ExecutorService senders;
    private final List<Failure> failures = new ArrayList<>();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong bulks = new AtomicLong();
    private final AtomicLong waits = new AtomicLong();
    private volatile IOException fatal;
    private List<Item> batch = new ArrayList<>();
    private long batchBytes;

    public BulkIndexer(ClusterClient client, String index, BulkSettings settings, Retry retry) {
        this.client = client;
        this.index = index;
        this.settings = settings;
        this.retry = retry;
        this.slots = new Semaphore(settings.inFlight());
        this.senders = Executors.newFixedThreadPool(settings.inFlight(), r -> {
            Thread t = new Thread(r, "marsad-bulk");
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues a document; sends the batch when it is full, waiting while {@code inFlight} bulks are busy. */
    public void add(String id, String label, ObjectNode doc) throws IOException {
        failIfBroken();
        ObjectNode action = ClusterClient.JSON.createObjectNode();
        action.putObject("create").put("_index", index).put("_id", id);
        ByteArrayOutputStream b = new ByteArrayOutputStream(512);
        b.write(ClusterClient.toBytes(action));
        b.write('\n');
        b.write(ClusterClient.toBytes(doc));
        b.write('\n');
        byte[] bytes = b.toByteArray();
        if (!batch.isEmpty() && batchBytes + bytes.length > settings.maxBytes()) {
            send();
        }
        batch.add(new Item(id, label, bytes));
        batchBytes += bytes.length;
        if (batch.size() >= settings.maxDocs() || batchBytes >= settings.maxBytes()) {
            send();
        }
    }

    /** Sends what is queued and waits until every bulk has been answered; throws if the indexer failed. */
    public void flush() throws IOException {
        if (!batch.isEmpty()) {
            send();
        }
        acquire(settings.inFlight());
        slots.release(settings.inFlight());
        failIfBroken();
    }

    /** The items refused for good since the last call. */
    public synchronized List<Failure> takeFailures() {
        List<Failure> out = List.copyOf(failures);
        failures.clear();
        return out;
    }

    /** Bulk requests and items sent again after a retryable failure. */
    public long retries() {
        return retries.get();
    }

    /** Bulk requests sent (a retry is not counted). */
    public long bulks() {
        return bulks.get();
    }

    /** Times the adding thread had to wait for a free slot: how often back-pressure held the reader. */
    public long waits() {
        return waits.get();
    }

    private void send() throws IOException {
        List<Item> items = batch;
        batch = new ArrayList<>();
        batchBytes = 0;
        if (!slots.tryAcquire()) {
            waits.incrementAndGet();
            acquire(1);
        }
        failIfBroken();
        bulks.incrementAndGet();
        try {
            senders.execute(() -> {
                try {
                    deliver(items);
                } catch (IOException e) {
                    fatal = e;
                } catch (RuntimeException e) {
                    fatal = new IOException("bulk indexing failed: " + e, e);
                } finally {
                    slots.release();
                }
            });
        } catch (RuntimeException e) {
            slots.release();
            throw new IOException("bulk indexer closed", e);
        }
    }

    /** Sends {@code items} until each is stored or refused for good. */
    private void deliver(List<Item> items) throws IOException {
        List<Item> pending = items;
        for (int attempt = 0; ; attempt++) {
            JsonNode answer;
            try {
                answer = client.call("POST", "/_bulk", body(pending), "application/x-ndjson", null);
            } catch (ClusterException e) {
                if (!e.retryable() || attempt + 1 >= retry.attempts()) {
                    throw new IOException("bulk of " + pending.size() + " articles failed after " + (attempt + 1)
                            + " tries: " + e.getMessage(), e);
                }
                retries.incrementAndGet();
                retry.sleep(attempt);
                continue;
            }
            List<Item> again = new ArrayList<>();
            JsonNode results = answer.path("items");
            for (int i = 0; i < pending.size(); i++) {
                JsonNode r = results.path(i).path("create");
                int status = r.path("status").asInt(0);
                if (status >= 200 && status < 300 || status == 409) {
                    continue;
                }
                Item it = pending.get(i);
                String reason = r.path("error").path("type").asText("no answer") + ": " + r.path("error").path("reason").asText("");
                if (Retry.retryableStatus(status) && attempt + 1 < retry.attempts()) {
                    again.add(it);
                } else {
                    fail(new Failure(it.id(), it.label(), (Retry.retryableStatus(status)
                            ? "still refused after " + (attempt + 1) + " tries: " : "") + "HTTP " + status + " " + reason));
                }
            }
            if (again.isEmpty()) {
                return;
            }
            retries.addAndGet(again.size());
            retry.sleep(attempt);
            pending = again;
        }
    }

    private synchronized void fail(Failure f) {
        failures.add(f);
    }

    private static byte[] body(List<Item> items) {
        int n = 0;
        for (Item it : items) {
            n += it.bytes().length;
        }
        byte[] out = new byte[n];
        int pos = 0;
        for (Item it : items) {
            System.arraycopy(it.bytes(), 0, out, pos, it.bytes().length);
            pos += it.bytes().length;
        }
        return out;
    }

    private void acquire(int permits) throws IOException {
        try {
            slots.acquire(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for the cluster");
        }
    }

    private void failIfBroken() throws IOException {
        IOException f = fatal;
        if (f != null) {
            throw new IOException(f.getMessage(), f);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            senders.shutdownNow();
        }
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
