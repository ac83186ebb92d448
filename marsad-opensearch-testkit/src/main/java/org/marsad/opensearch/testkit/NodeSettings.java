package org.marsad.opensearch.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The settings every node of one local cluster shares, and the {@code -E} flags they make. */
record NodeSettings(String clusterName, List<Integer> transportPorts, String heap) {

    static String nodeName(int index) {
        return "node-" + index;
    }

    List<String> flags(LocalNode node) {
        String seeds = transportPorts.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
        String managers = IntStream.range(0, transportPorts.size()).mapToObj(NodeSettings::nodeName).collect(Collectors.joining(","));
        List<String> flags = new ArrayList<>();
        flags.add("-Ecluster.name=" + clusterName);
        flags.add("-Enode.name=" + node.name());
        flags.add("-Enetwork.host=127.0.0.1");
        flags.add("-Ehttp.port=" + node.httpPort());
        flags.add("-Etransport.port=" + node.transportPort());
        flags.add("-Epath.data=" + node.dir().resolve("data"));
        flags.add("-Epath.logs=" + node.dir().resolve("logs"));
        flags.add("-Ediscovery.seed_hosts=" + seeds);
        flags.add("-Ecluster.initial_cluster_manager_nodes=" + managers);
        // test machines run with little free disk; the watermarks would block shard allocation
        flags.add("-Ecluster.routing.allocation.disk.threshold_enabled=false");
        return flags;
    }

    String javaOpts() {
        // test nodes live for minutes: no heap pre-touch, and C1 only, which halves the start-up
        // time on a 2-core machine (measured 80 s -> 39 s for one node); throughput is not the point
        return "-Xms" + heap + " -Xmx" + heap + " -XX:-AlwaysPreTouch -XX:TieredStopAtLevel=1";
    }
}
