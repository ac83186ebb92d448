package org.marsad.app.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.marsad.store.ingest.IngestTally;
import org.marsad.store.read.Rejection;

/**
 * {@code POST /api/articles}: one JSON article or a JSON-lines batch, with the bearer token. The body
 * goes through the same reader as {@code marsad ingest}; bad lines are reported by number.
 */
final class IngestApi {
    private final ArchiveService archive;
    private final ApiToken token;

    IngestApi(ArchiveService archive, ApiToken token) {
        this.archive = archive;
        this.token = token;
    }

    void handle(Context ctx) throws IOException {
        if (!token.accepts(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "a valid bearer token is required (Authorization: Bearer TOKEN)", "Authorization");
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw new ApiException(400, "the request body is empty (send a JSON article or JSON lines)", "body");
        }
        Path tmp = Files.createTempFile("marsad-post-", ".jsonl");
        try {
            Files.write(tmp, asJsonLines(body));
            IngestTally t = archive.ingest(tmp);
            ObjectNode o = Json.object().put("read", t.read()).put("ingested", t.ingested())
                    .put("duplicates", t.duplicates()).put("already_present", t.alreadyPresent());
            ArrayNode rej = o.putArray("rejected");
            for (Rejection r : t.rejections()) {
                rej.addObject().put("line", r.line()).put("reason", r.reason());
            }
            ctx.status(t.read() == 0 ? 400 : t.ingested() > 0 ? 201 : 200);
            Json.send(ctx, o);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A single pretty-printed JSON object becomes one line; anything else is taken as JSON lines. */
    private static byte[] asJsonLines(byte[] body) {
        String s = new String(body, StandardCharsets.UTF_8).strip();
        if (s.startsWith("{") && s.indexOf('\n') >= 0) {
            try {
                // trailing content means several lines: then nothing may be dropped here
                JsonNode n = Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(s);
                if (n != null && n.isObject()) {
                    return Json.MAPPER.writeValueAsBytes(n);
                }
            } catch (IOException notOneObject) {
                // several objects, one a line: read below line by line
            }
        }
        return body;
    }
}
