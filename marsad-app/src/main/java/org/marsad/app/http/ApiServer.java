package org.marsad.app.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The HTTP API and the web UI over one archive. Every error leaves as a JSON object naming the
 * message (and the parameter at fault); exceptions are logged on the server, never sent.
 */
public final class ApiServer implements AutoCloseable {
    /** A JSON-lines batch of a few thousand articles fits; a bigger upload belongs to marsad ingest. */
    public static final long MAX_BODY_BYTES = 16L << 20;
    private static final Logger LOG = Logger.getLogger(ApiServer.class.getName());
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Javalin app;

    public ApiServer(ArchiveService archive, ApiToken token) {
        ApiMetrics metrics = new ApiMetrics();
        SearchApi search = new SearchApi(archive);
        ArticleApi article = new ArticleApi(archive);
        StoriesApi stories = new StoriesApi(archive);
        IngestApi ingest = new IngestApi(archive, token);
        EntitiesApi entities = new EntitiesApi(archive);
        QuotesApi quotes = new QuotesApi(archive);
        byte[] openapi = resource("/org/marsad/app/http/openapi.json");
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            config.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/org/marsad/app/web";
                s.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            config.requestLogger.http(metrics::record);
            config.routes.before(ApiServer::securityHeaders);
            config.routes.get("/api/health", ctx -> Json.send(ctx, Json.object().put("status", "ok")
                    .put("articles", archive.articleCount())));
            config.routes.get("/api/search", search::handle);
            config.routes.get("/api/articles/{id}", article::handle);
            config.routes.post("/api/articles", ingest::handle);
            config.routes.get("/api/stories", stories::handle);
            config.routes.get("/api/entities", entities::list);
            config.routes.get("/api/entities/{canonical}", entities::profile);
            config.routes.get("/api/quotes", quotes::quotes);
            config.routes.get("/api/claims", quotes::claims);
            config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openapi));
            config.routes.get("/metrics", metrics::scrape);
            config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.parameter()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage(), null));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.log(Level.WARNING, "request " + ctx.method() + " " + ctx.path() + " failed", e);
                error(ctx, 500, "internal error (see the server log)", null);
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null) {
                    error(ctx, 404, "not found: " + ctx.path(), null);
                }
            });
            config.routes.error(405, ctx -> error(ctx, 405, "method not allowed: " + ctx.method() + " " + ctx.path(), null));
            config.routes.error(413, ctx -> error(ctx, 413, "request body larger than " + (MAX_BODY_BYTES >> 20) + " MB", "body"));
        });
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    private static void error(Context ctx, int status, String message, String parameter) {
        ctx.status(status).contentType("application/json; charset=utf-8");
        try {
            ctx.result(Json.MAPPER.writeValueAsBytes(Json.error(message, parameter)));
        } catch (IOException e) {
            ctx.result("{\"error\":\"internal error\"}");
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = ApiServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts listening; returns the bound port (useful with port 0). */
    public int start(String host, int port) {
        app.start(host, port);
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
