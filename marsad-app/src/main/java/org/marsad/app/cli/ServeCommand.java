package org.marsad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.marsad.app.http.ApiServer;
import org.marsad.app.http.ApiToken;
import org.marsad.app.http.ArchiveService;
import org.marsad.store.annotate.ArticleAnnotator;
import org.marsad.store.index.ArchiveLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad serve}: the JSON API and the web UI over an archive. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {
            "Serve the archive: the Arabic web UI at /, the JSON API under /api (OpenAPI at /api/openapi.json),",
            "Prometheus metrics at /metrics. Binds to 127.0.0.1 unless --host says otherwise.",
            "POST /api/articles needs the bearer token kept in DIR/api-token (printed when first made)."
        })
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "archive folder (default: ./marsad-data)")
    Path data = ArchiveLocation.DEFAULT_DATA;

    @Option(names = "--store", paramLabel = "URL", description = Stores.STORE_HELP + " (the API token stays in --data DIR)")
    String store;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    /** Jetty and Javalin announce every start step at INFO; warnings are enough. Held so the setting is not collected. */
    private static final java.util.logging.Logger[] QUIET = {
        java.util.logging.Logger.getLogger("org.eclipse.jetty"), java.util.logging.Logger.getLogger("io.javalin")};

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        serve(data, store, host, port, spec.commandLine().getOut());
        return 0;
    }

    /** Starts the server, prints its address (and a new token), and blocks until the JVM is stopped. */
    static void serve(Path data, String host, int port, PrintWriter out) {
        serve(data, null, host, port, out);
    }

    /** As {@link #serve(Path, String, int, PrintWriter)}, over the cluster {@code store} when it is not null. */
    static void serve(Path data, String store, String host, int port, PrintWriter out) {
        if (port < 0 || port > 65535) {
            throw new UserException("--port must be 0..65535");
        }
        for (java.util.logging.Logger l : QUIET) {
            l.setLevel(java.util.logging.Level.WARNING);
        }
        ArchiveService archive;
        ApiToken token;
        try {
            token = ApiToken.loadOrCreate(data);
            archive = store != null ? new ArchiveService(Stores.cluster(store, null), () -> new ArticleAnnotator(Extraction.tagger(null)))
                    : new ArchiveService(new ArchiveLocation(data), () -> new ArticleAnnotator(Extraction.tagger(null)));
        } catch (IOException e) {
            throw new UserException("cannot open the archive at " + data.toAbsolutePath().normalize() + ": " + e.getMessage(), e);
        }
        ApiServer server = new ApiServer(archive, token);
        int bound;
        try {
            bound = server.start(host, port);
        } catch (RuntimeException e) {
            throw new UserException("cannot listen on " + host + ":" + port + ": " + rootMessage(e), e);
        }
        if (token.created()) {
            out.println("API token for POST /api/articles (shown once; kept in " + data.resolve("api-token") + "):");
            out.println("  " + token.value());
        }
        String shown = host.contains(":") ? "[" + host + "]" : host;
        out.println("marsad is serving " + (store != null ? store : data.toAbsolutePath().normalize()) + " at http://" + shown + ":"
                + bound + "/");
        out.println("(Ctrl-C to stop)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                archive.close();
            } catch (IOException ignored) {
                // the JVM is exiting
            }
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
