package org.marsad.opensearch.testkit;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** One OpenSearch node process of a {@link LocalOpenSearchCluster}: its dirs, ports, start and stop. */
final class LocalNode {
    private static final Duration STOP_GRACE = Duration.ofSeconds(60);

    private final int index;
    private final Path home;
    private final Path dir;
    private final int httpPort;
    private final int transportPort;
    private final NodeSettings settings;
    private final NodeRunner runner;
    private final Path javaHome;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    LocalNode(int index, Path home, Path dir, int httpPort, int transportPort, NodeSettings settings,
              NodeRunner runner, Path javaHome) throws IOException {
        this.index = index;
        this.home = home;
        this.dir = dir;
        this.httpPort = httpPort;
        this.transportPort = transportPort;
        this.settings = settings;
        this.runner = runner;
        this.javaHome = javaHome;
        for (String sub : List.of("data", "logs", "tmp")) {
            Files.createDirectories(dir.resolve(sub));
        }
        // each node gets its own config dir: a node writes its keystore there on start
        copyTree(home.resolve("config"), dir.resolve("config"));
        Files.createFile(consoleLog());
    }

    int index() {
        return index;
    }

    String name() {
        return NodeSettings.nodeName(index);
    }

    Path dir() {
        return dir;
    }

    int httpPort() {
        return httpPort;
    }

    int transportPort() {
        return transportPort;
    }

    URI httpUrl() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    Path consoleLog() {
        return dir.resolve("console.log");
    }

    synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    synchronized void start() throws IOException {
        if (isRunning()) {
            throw new IllegalStateException(name() + " is already running");
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("OPENSEARCH_JAVA_HOME", javaHome.toString());
        env.put("JAVA_HOME", javaHome.toString());
        env.put("OPENSEARCH_PATH_CONF", dir.resolve("config").toString());
        env.put("OPENSEARCH_TMPDIR", dir.resolve("tmp").toString());
        env.put("OPENSEARCH_JAVA_OPTS", settings.javaOpts());
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/opensearch").toString());
        command.addAll(settings.flags(this));
        ProcessBuilder pb = new ProcessBuilder(runner.command(command, env))
                .directory(dir.toFile()) // jvm.options writes gc logs and heap dumps relative to it
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog().toFile()));
        pb.environment().putAll(env);
        process = pb.start();
    }

    /** Waits until the node answers HTTP; throws with the log tail if it dies or takes too long. */
    void awaitHttp(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest ping = HttpRequest.newBuilder(httpUrl()).timeout(Duration.ofSeconds(5)).GET().build();
        while (true) {
            Process p;
            synchronized (this) {
                p = process;
            }
            if (p == null || !p.isAlive()) {
                String exit = p == null ? "not started" : "exited with " + p.exitValue();
                throw new IllegalStateException(name() + " " + exit + " before answering on " + httpUrl()
                        + "; last lines of " + consoleLog() + ":\n" + logTail(40));
            }
            try {
                if (http.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name(), e);
            }
            if (System.nanoTime() >= deadline) {
                throw new IllegalStateException(name() + " did not answer on " + httpUrl() + " within " + timeout
                        + "; last lines of " + consoleLog() + ":\n" + logTail(40));
            }
            LocalOpenSearchCluster.sleep(500);
        }
    }

    /** SIGTERM to the node and its launcher, SIGKILL after a grace period; no-op when stopped. */
    synchronized void stop() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        while (all.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            LocalOpenSearchCluster.sleep(200);
        }
        all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        process = null;
    }

    /** The last {@code lines} lines of the node's console output (stdout and stderr). */
    String logTail(int lines) {
        try (RandomAccessFile file = new RandomAccessFile(consoleLog().toFile(), "r")) {
            long size = file.length();
            long from = Math.max(0, size - 64 * 1024);
            byte[] bytes = new byte[(int) (size - from)];
            file.seek(from);
            file.readFully(bytes);
            String[] all = new String(bytes, StandardCharsets.UTF_8).split("\n");
            return String.join("\n", List.of(all).subList(Math.max(0, all.length - lines), all.length));
        } catch (IOException e) {
            return "(cannot read " + consoleLog() + ": " + e + ")";
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
