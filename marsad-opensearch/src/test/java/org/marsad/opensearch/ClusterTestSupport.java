package org.marsad.opensearch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.opensearch.testkit.LocalOpenSearchCluster;

/** Starts the test cluster with the marsad analysis plugin and gives its address as a store address. */
final class ClusterTestSupport {
    static final String PLUGIN_PROPERTY = "marsad.opensearch.plugin";

    private ClusterTestSupport() {}

    static LocalOpenSearchCluster start(int nodes) throws IOException {
        String plugin = System.getProperty(PLUGIN_PROPERTY);
        if (plugin == null || !Files.isRegularFile(Path.of(plugin))) {
            throw new IllegalStateException("the marsad analysis plugin zip is missing (" + PLUGIN_PROPERTY + " = " + plugin
                    + "): build with mvn verify -pl marsad-opensearch -am");
        }
        return LocalOpenSearchCluster.builder().plugin(Path.of(plugin)).nodes(nodes).start();
    }

    /** Every node, so that the client goes on when one stops. */
    static OpenSearchAddress address(LocalOpenSearchCluster cluster, String index) {
        List<OpenSearchAddress.Host> hosts = new ArrayList<>();
        for (int i = 0; i < cluster.size(); i++) {
            URI u = cluster.httpUrl(i);
            hosts.add(new OpenSearchAddress.Host(u.getHost(), u.getPort()));
        }
        return new OpenSearchAddress(hosts, index);
    }
}
