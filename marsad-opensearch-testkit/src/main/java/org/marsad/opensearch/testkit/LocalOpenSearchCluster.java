package org.marsad.opensearch.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Real OpenSearch nodes on 127.0.0.1 for integration tests: unpacks the distribution zip into a
 * temp dir, installs plugin zips, starts N nodes (default 2) that form one cluster, and removes
 * everything on {@link #close()} (also from a shutdown hook if the JVM exits first).
 *
 * <pre>{@code
 * try (LocalOpenSearchCluster cluster = LocalOpenSearchCluster.builder()
 *         .plugin(Path.of(System.getProperty("marsad.opensearch.plugin")))
 *         .nodes(2)
 *         .start()) {
 *     URI url = cluster.httpUrl();                  // http://127.0.0.1:<port> of a running node
 *     cluster.call("PUT", "/articles", "{...}");    // JSON in, JSON out; throws on HTTP >= 400
 *     int spare = cluster.nodeOtherThanClusterManager();
 *     cluster.stopNode(spare);                       // the cluster answers on the other node
 *     cluster.startNode(spare);                      // same ports, same data dir
 *     cluster.waitForStatus("green", Duration.ofMinutes(2));
 * }
 * }</pre>
 *
 * <p>The distribution is {@code org.opensearch.distribution.integ-test-zip:opensearch:3.6.0:zip},
 * copied into {@code target/} by maven-dependency-plugin; by default its path is read from the
 * system property {@value #DISTRIBUTION_PROPERTY}. Nodes run on the JDK of this JVM (it must be
 * 21 or newer) with a 512 MB heap, disk watermarks off, in a cluster named uniquely per instance.
 *
 * <p>OpenSearch refuses to run as root. When this JVM runs as root, nodes are started with
 * {@code runuser -u marsad-os} and their dirs are handed to that user; {@code .ci/run} creates it
 * ({@code useradd --system --create-home marsad-os}). Otherwise nodes run as the current user.
 * Bound to 127.0.0.1 the nodes are in development mode, so a low {@code vm.max_map_count} or
 * open-file limit only logs a bootstrap-check warning. Node output goes to
 * {@code <temp>/node-<i>/console.log}; failures quote its tail.
 *
 * <p>With two cluster-manager-eligible nodes only one of them holds the vote, so a failover test
 * stops {@link #nodeOtherThanClusterManager()}: the cluster keeps answering (yellow) and turns
 * green again once the node is back.
 */
public final class LocalOpenSearchCluster implements AutoCloseable {
    /** System property holding the path of the OpenSearch distribution zip. */
    public static final String DISTRIBUTION_PROPERTY = "marsad.opensearch.distribution";
    /** The user that runs the nodes when this JVM is root. */
    public static final String DEFAULT_OS_USER = "marsad-os";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final String clusterName;
    private final List<LocalNode> nodes;
    private final Duration startTimeout;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Thread shutdownHook = new Thread(this::closeQuietly, "local-opensearch-cleanup");
    private boolean closed;

    private LocalOpenSearchCluster(Builder b) throws IOException {
        this.startTimeout = b.startTimeout;
        this.clusterName = "marsad-test-" + UUID.randomUUID().toString().substring(0, 8);
        this.root = Files.createTempDirectory("marsad-opensearch-");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        this.nodes = new ArrayList<>();
        long t0 = System.nanoTime();
        try {
            NodeRunner runner = NodeRunner.forCurrentUser(b.osUser);
            Path home = Distribution.unpack(b.distribution, root.resolve("home"));
            for (Path plugin : b.plugins) {
                Distribution.installPlugin(home, plugin, b.javaHome);
            }
            List<Integer> transportPorts = new ArrayList<>();
            List<Integer> httpPorts = new ArrayList<>();
            for (int i = 0; i < b.nodeCount; i++) {
                httpPorts.add(FreePorts.next());
                transportPorts.add(FreePorts.next());
            }
            NodeSettings settings = new NodeSettings(clusterName, transportPorts, b.heap);
            for (int i = 0; i < b.nodeCount; i++) {
                Path dir = root.resolve("node-" + i);
                nodes.add(new LocalNode(i, home, dir, httpPorts.get(i), transportPorts.get(i), settings, runner, b.javaHome));
            }
            runner.handOver(root);
            for (LocalNode node : nodes) {
                node.start();
            }
            for (LocalNode node : nodes) {
                node.awaitHttp(startTimeout);
            }
            waitForStatus("green", startTimeout);
            System.out.printf("LocalOpenSearchCluster: %s, %d node(s) green in %.1f s under %s%n",
                    clusterName, nodes.size(), (System.nanoTime() - t0) / 1e9, root);
        } catch (IOException | RuntimeException e) {
            closeQuietly();
            throw e;
        }
    }

    /** A builder; {@link Builder#start()} returns a cluster whose nodes have all joined and which is green. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts {@code nodeCount} nodes with {@code pluginZip} installed, from the distribution named by the system property. */
    public static LocalOpenSearchCluster start(Path pluginZip, int nodeCount) throws IOException {
        return builder().plugin(pluginZip).nodes(nodeCount).start();
    }

    /** The unique cluster name of this instance. */
    public String clusterName() {
        return clusterName;
    }

    /** The number of nodes, running or stopped. */
    public int size() {
        return nodes.size();
    }

    /** The HTTP base URL of the first running node. */
    public URI httpUrl() {
        for (LocalNode node : nodes) {
            if (node.isRunning()) {
                return node.httpUrl();
            }
        }
        throw new IllegalStateException("no node of " + clusterName + " is running");
    }

    /** The HTTP base URL of node {@code i}, running or not. */
    public URI httpUrl(int i) {
        return node(i).httpUrl();
    }

    /** The HTTP ports of all nodes, by node index; a node keeps its ports across restarts. */
    public List<Integer> httpPorts() {
        return nodes.stream().map(LocalNode::httpPort).toList();
    }

    /** The HTTP URLs of the running nodes, for a client that spreads requests over them. */
    public List<URI> runningHttpUrls() {
        return nodes.stream().filter(LocalNode::isRunning).map(LocalNode::httpUrl).toList();
    }

    public boolean isRunning(int i) {
        return node(i).isRunning();
    }

    /** Stops node {@code i} (SIGTERM, then SIGKILL after 60 s); its data dir stays for {@link #startNode}. */
    public void stopNode(int i) {
        node(i).stop();
    }

    /** Starts node {@code i} again on its ports and data dir, and waits until it answers HTTP. */
    public void startNode(int i) throws IOException {
        LocalNode node = node(i);
        long t0 = System.nanoTime();
        node.start();
        node.awaitHttp(startTimeout);
        System.out.printf("LocalOpenSearchCluster: %s answers again after %.1f s%n", node.name(), (System.nanoTime() - t0) / 1e9);
    }

    /** The index of the node that is the elected cluster manager. */
    public int clusterManagerNode() throws IOException {
        String name = call("GET", "/_cat/cluster_manager?h=node&format=json", null).path(0).path("node").asText();
        for (LocalNode node : nodes) {
            if (node.name().equals(name)) {
                return node.index();
            }
        }
        throw new IllegalStateException("cluster manager '" + name + "' is not a node of " + clusterName);
    }

    /** A running node that is not the elected cluster manager: the one a failover test may stop. */
    public int nodeOtherThanClusterManager() throws IOException {
        int manager = clusterManagerNode();
        for (LocalNode node : nodes) {
            if (node.index() != manager && node.isRunning()) {
                return node.index();
            }
        }
        throw new IllegalStateException("no running node besides the cluster manager in " + clusterName);
    }

    /**
     * Waits until the cluster health is at least {@code status} ("green" or "yellow") with every
     * running node joined; on timeout throws with the health and the tail of each node's log.
     */
    public void waitForStatus(String status, Duration timeout) throws IOException {
        if (!status.equals("green") && !status.equals("yellow")) {
            throw new IllegalArgumentException("status must be green or yellow, not " + status);
        }
        long running = nodes.stream().filter(LocalNode::isRunning).count();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (true) {
            long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000_000L);
            String path = "/_cluster/health?wait_for_status=" + status + "&wait_for_nodes=" + running
                    + "&timeout=" + Math.min(left, 30) + "s";
            try {
                HttpResponse<String> response = send("GET", path, null, Duration.ofSeconds(Math.min(left, 30) + 10));
                last = response.statusCode() + " " + response.body();
                JsonNode health = JSON.readTree(response.body());
                if (response.statusCode() == 200 && !health.path("timed_out").asBoolean(true)) {
                    return;
                }
            } catch (IOException | IllegalStateException e) {
                last = e.toString(); // no node answers yet, or the one asked is going down
            }
            if (System.nanoTime() >= deadline) {
                throw new IllegalStateException("cluster " + clusterName + " did not reach " + status + " with "
                        + running + " node(s) within " + timeout + "; last health: " + last + "\n" + logTails(40));
            }
            sleep(500);
        }
    }

    /**
     * Sends a JSON request to a running node and returns the parsed answer; throws
     * {@link IllegalStateException} with the body when the status is 400 or more.
     */
    public JsonNode call(String method, String path, String jsonBody) throws IOException {
        HttpResponse<String> response = send(method, path, jsonBody, Duration.ofSeconds(60));
        if (response.statusCode() >= 400) {
            throw new IllegalStateException(method + " " + path + " -> HTTP " + response.statusCode() + ": " + response.body());
        }
        String body = response.body();
        return body.isEmpty() ? JSON.missingNode() : JSON.readTree(body);
    }

    /** The last {@code lines} lines of node {@code i}'s console output. */
    public String logTail(int i, int lines) {
        return node(i).logTail(lines);
    }

    /** Stops every node and deletes the temp dir (binaries, data, logs). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (LocalNode node : nodes) {
            node.stop();
        }
        TempDirs.delete(root);
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook runs or has run
            }
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (RuntimeException e) {
            System.err.println("LocalOpenSearchCluster: cleanup of " + root + " failed: " + e);
        }
    }

    private HttpResponse<String> send(String method, String path, String jsonBody, Duration timeout) throws IOException {
        HttpRequest.BodyPublisher body = jsonBody == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(httpUrl().resolve(path))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .method(method, body)
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while calling " + method + " " + path, e);
        }
    }

    private String logTails(int lines) {
        StringBuilder out = new StringBuilder();
        for (LocalNode node : nodes) {
            out.append("---- ").append(node.name()).append(node.isRunning() ? " (running)" : " (stopped)")
                    .append(", last ").append(lines).append(" lines of ").append(node.consoleLog()).append(":\n")
                    .append(node.logTail(lines)).append('\n');
        }
        return out.toString();
    }

    private LocalNode node(int i) {
        if (i < 0 || i >= nodes.size()) {
            throw new IndexOutOfBoundsException("node " + i + " of a " + nodes.size() + "-node cluster");
        }
        return nodes.get(i);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** What {@link LocalOpenSearchCluster} is started with; every setting has a default but the plugins. */
    public static final class Builder {
        private Path distribution;
        private final List<Path> plugins = new ArrayList<>();
        private int nodeCount = 2;
        private String heap = "512m";
        private Path javaHome = Path.of(System.getProperty("java.home"));
        private String osUser = DEFAULT_OS_USER;
        private Duration startTimeout = Duration.ofMinutes(5);

        private Builder() {
            String property = System.getProperty(DISTRIBUTION_PROPERTY);
            if (property != null && !property.isBlank()) {
                distribution = Path.of(property);
            }
        }

        /** The OpenSearch distribution zip (default: system property {@value #DISTRIBUTION_PROPERTY}). */
        public Builder distribution(Path zip) {
            this.distribution = zip;
            return this;
        }

        /** A plugin zip to install with {@code opensearch-plugin install --batch}; may be called more than once. */
        public Builder plugin(Path zip) {
            this.plugins.add(zip);
            return this;
        }

        /** How many nodes (default 2); all are cluster-manager-eligible data nodes. */
        public Builder nodes(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("a cluster needs at least one node, not " + count);
            }
            this.nodeCount = count;
            return this;
        }

        /** Heap of each node, as -Xms/-Xmx take it (default 512m). */
        public Builder heap(String heap) {
            this.heap = heap;
            return this;
        }

        /** The JDK the nodes run on (default: this JVM's; it must be 21 or newer). */
        public Builder javaHome(Path javaHome) {
            this.javaHome = javaHome;
            return this;
        }

        /** The user that runs the nodes when this JVM is root (default {@value #DEFAULT_OS_USER}). */
        public Builder osUser(String user) {
            this.osUser = user;
            return this;
        }

        /** How long a node may take to answer HTTP and the cluster to turn green (default 5 minutes). */
        public Builder startTimeout(Duration timeout) {
            this.startTimeout = timeout;
            return this;
        }

        /** Unpacks, installs, starts all nodes and waits for green; on failure nothing is left behind. */
        public LocalOpenSearchCluster start() throws IOException {
            if (distribution == null) {
                throw new IllegalStateException("no OpenSearch distribution zip: set system property "
                        + DISTRIBUTION_PROPERTY + " (the pom copies it into target/) or call distribution(path)");
            }
            requireFile(distribution, "OpenSearch distribution zip");
            for (Path plugin : plugins) {
                requireFile(plugin, "plugin zip");
            }
            if (Runtime.version().feature() < 21 && javaHome.equals(Path.of(System.getProperty("java.home")))) {
                throw new IllegalStateException("OpenSearch 3 needs Java 21 or newer; this JVM is "
                        + Runtime.version() + ": set javaHome(...) or run with JAVA_HOME at a JDK >= 21");
            }
            return new LocalOpenSearchCluster(this);
        }

        private static void requireFile(Path file, String what) {
            if (!Files.isRegularFile(file)) {
                throw new UncheckedIOException(new IOException(what + " not found: " + file.toAbsolutePath()));
            }
        }
    }
}
