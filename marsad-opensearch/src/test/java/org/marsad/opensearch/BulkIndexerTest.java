package org.marsad.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.opensearch.testkit.LocalOpenSearchCluster;
import org.marsad.store.index.ArchiveSchema;

/** Bulk indexing against a real 2-node cluster: bounded bulks, retries of refused bulks, items refused for good. */
class BulkIndexerTest {
    private static LocalOpenSearchCluster cluster;
    private static ClusterClient client;

    @BeforeAll
    static void start() throws Exception {
        cluster = ClusterTestSupport.start(2);
        client = new ClusterClient(ClusterTestSupport.address(cluster, "unused"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (client != null) {
            client.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    private static void create(String index) throws Exception {
        client.call("PUT", "/" + index, IndexDefinition.create(2, 1), null);
    }

    private static long count(String index) throws Exception {
        client.call("POST", "/" + index + "/_refresh", (JsonNode) null, null);
        return client.call("GET", "/" + index + "/_count", (JsonNode) null, null).path("count").asLong();
    }

    private static ObjectNode doc(String id, int bodyChars) {
        ObjectNode d = ClusterClient.JSON.createObjectNode();
        d.put(ArchiveSchema.KIND, ArchiveSchema.KIND_ARTICLE).put(ArchiveSchema.ID, id);
        d.put(ArchiveSchema.BODY, "خبر ".repeat(bodyChars / 4));
        return d;
    }

    @Test
    void bulksStayWithinTheirBoundsAndTheReaderWaitsForTheSlot() throws Exception {
        create("bounds");
        BulkIndexer bulk = new BulkIndexer(client, "bounds", new BulkSettings(7, 4096, 1), Retry.DEFAULT);
        for (int i = 0; i < 200; i++) {
            bulk.add("b" + i, "test", doc("b" + i, 1000));
        }
        bulk.close();
        assertEquals(200, count("bounds"));
        assertTrue(bulk.takeFailures().isEmpty());
        // about 1.2 KB a document in 4 KB bulks: at most 3 a bulk, whatever the 7-document bound allows
        assertTrue(bulk.bulks() >= 200 / 3, "bulks sent: " + bulk.bulks());
        assertTrue(bulk.waits() > 0, "with one bulk in flight the adding thread must have waited at least once");
    }

    @Test
    void aBulkRefusedWith429IsRetriedUntilTheClusterTakesIt() throws Exception {
        create("blocked");
        // this block answers 429 to writes, as an overloaded cluster does
        client.call("PUT", "/blocked/_settings", ClusterClient.JSON.readTree(
                "{\"index.blocks.read_only_allow_delete\": true}"), null);
        BulkIndexer bulk = new BulkIndexer(client, "blocked", new BulkSettings(10, 1 << 20, 2), new Retry(30, 100, 500));
        AtomicReference<Exception> failed = new AtomicReference<>();
        Thread writer = Thread.ofPlatform().start(() -> {
            try {
                for (int i = 0; i < 50; i++) {
                    bulk.add("r" + i, "test", doc("r" + i, 200));
                }
                bulk.flush();
            } catch (Exception e) {
                failed.set(e);
            }
        });
        Thread.sleep(2000);
        client.call("PUT", "/blocked/_settings", ClusterClient.JSON.readTree(
                "{\"index.blocks.read_only_allow_delete\": null}"), null);
        writer.join();
        bulk.close();
        assertEquals(null, failed.get());
        assertEquals(50, count("blocked"));
        assertTrue(bulk.retries() > 0, "the block must have caused retries");
        assertTrue(bulk.takeFailures().isEmpty());
    }

    @Test
    void anItemRefusedForGoodIsReportedByIdAndTheOthersAreKept() throws Exception {
        create("refused");
        BulkIndexer bulk = new BulkIndexer(client, "refused", new BulkSettings(100, 1 << 20, 2), Retry.DEFAULT);
        for (int i = 0; i < 10; i++) {
            ObjectNode d = doc("p" + i, 100);
            if (i == 4) {
                d.put("not_in_mapping", "x"); // the mapping is strict
            }
            bulk.add("p" + i, "input.jsonl:" + (i + 1), d);
        }
        bulk.close();
        List<BulkIndexer.Failure> failures = bulk.takeFailures();
        assertEquals(1, failures.size(), failures.toString());
        assertEquals("p4", failures.get(0).id());
        assertEquals("input.jsonl:5", failures.get(0).label());
        assertTrue(failures.get(0).reason().contains("strict_dynamic_mapping_exception"), failures.get(0).reason());
        assertEquals(9, count("refused"));
    }

    @Test
    void aRetriedItemThatHadArrivedCountsAsStored() throws Exception {
        create("again");
        BulkIndexer first = new BulkIndexer(client, "again", BulkSettings.DEFAULT, Retry.DEFAULT);
        first.add("a1", "test", doc("a1", 100));
        first.close();
        BulkIndexer second = new BulkIndexer(client, "again", BulkSettings.DEFAULT, Retry.DEFAULT);
        second.add("a1", "test", doc("a1", 100));
        second.close();
        assertTrue(second.takeFailures().isEmpty(), "a 409 on create means the article is there");
        assertEquals(1, count("again"));
    }
}
