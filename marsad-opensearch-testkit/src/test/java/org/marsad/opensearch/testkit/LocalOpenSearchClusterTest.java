package org.marsad.opensearch.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The harness itself on a real 2-node cluster: a replicated index survives one node going down
 * (searches answer, nothing lost) and the cluster is green again once the node restarts.
 */
class LocalOpenSearchClusterTest {
    private static final int DOCS = 40;
    private static LocalOpenSearchCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = LocalOpenSearchCluster.builder().nodes(2).start();
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void stoppedNodeLeavesClusterAnsweringAndRestartedNodeBringsItBackToGreen() throws Exception {
        assertEquals(2, cluster.call("GET", "/_cluster/health", null).path("number_of_nodes").asInt());
        cluster.call("PUT", "/failover", """
                {"settings": {"number_of_shards": 2, "number_of_replicas": 1}}""");
        StringBuilder bulk = new StringBuilder();
        for (int i = 0; i < DOCS; i++) {
            bulk.append("{\"index\":{\"_index\":\"failover\",\"_id\":\"").append(i).append("\"}}\n")
                    .append("{\"n\":").append(i).append("}\n");
        }
        JsonNode indexed = cluster.call("POST", "/_bulk?refresh=true", bulk.toString());
        assertFalse(indexed.path("errors").asBoolean(true), indexed.toString());
        cluster.waitForStatus("green", Duration.ofMinutes(2));

        int spare = cluster.nodeOtherThanClusterManager();
        int manager = cluster.clusterManagerNode();
        assertNotEquals(spare, manager);
        cluster.stopNode(spare);
        assertFalse(cluster.isRunning(spare));
        assertTrue(cluster.httpUrl().equals(cluster.httpUrl(manager)), "requests go to the node still up");

        cluster.waitForStatus("yellow", Duration.ofMinutes(2));
        JsonNode health = cluster.call("GET", "/_cluster/health", null);
        assertEquals(1, health.path("number_of_nodes").asInt());
        assertEquals("yellow", health.path("status").asText(), "replicas of the stopped node are unassigned");
        assertAllDocsFound();

        cluster.startNode(spare);
        cluster.waitForStatus("green", Duration.ofMinutes(3));
        assertEquals(2, cluster.call("GET", "/_cluster/health", null).path("number_of_nodes").asInt());
        assertAllDocsFound();
    }

    private static void assertAllDocsFound() throws Exception {
        JsonNode found = cluster.call("GET", "/failover/_search?size=0&track_total_hits=true", null);
        assertEquals(0, found.path("_shards").path("failed").asInt(), found.toString());
        assertEquals(2, found.path("_shards").path("successful").asInt(), found.toString());
        assertEquals(DOCS, found.path("hits").path("total").path("value").asInt(), found.toString());
    }
}
