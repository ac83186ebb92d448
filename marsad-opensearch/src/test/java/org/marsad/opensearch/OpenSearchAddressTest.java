package org.marsad.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cluster addresses as --store takes them, and the one-line reasons for bad ones. */
class OpenSearchAddressTest {
    @Test
    void hostsPortsAndIndex() {
        OpenSearchAddress a = OpenSearchAddress.parse("opensearch://10.0.0.1:9201,node2/news");
        assertEquals(List.of(new OpenSearchAddress.Host("10.0.0.1", 9201), new OpenSearchAddress.Host("node2", 9200)), a.hosts());
        assertEquals("news", a.index());
        assertEquals("marsad", OpenSearchAddress.parse("opensearch://127.0.0.1:9200").index());
        assertEquals("opensearch://127.0.0.1:9200/marsad", OpenSearchAddress.parse("OpenSearch://127.0.0.1:9200/").toString());
    }

    @Test
    void aFolderIsNoClusterAddress() {
        assertFalse(OpenSearchAddress.isCluster("./marsad-data"));
        assertTrue(OpenSearchAddress.isCluster("opensearch://h:1"));
    }

    @Test
    void badAddressesSayWhy() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OpenSearchAddress.parse("http://h:9200"))
                .getMessage().contains("expected opensearch://"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OpenSearchAddress.parse("opensearch://"))
                .getMessage().contains("no host"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OpenSearchAddress.parse("opensearch://h:9200/Bad Index"))
                .getMessage().contains("bad index name"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OpenSearchAddress.parse("opensearch://h:port"))
                .getMessage().contains("bad host"));
    }
}
