package org.marsad.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.net.ConnectException;
import java.util.Map;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.opensearch.client.Node;
import org.opensearch.client.Request;
import org.opensearch.client.Response;
import org.opensearch.client.ResponseException;
import org.opensearch.client.RestClient;

/**
 * JSON over the low-level OpenSearch REST client: one call, one parsed answer. A refused or
 * failed call becomes a {@link ClusterException} carrying the HTTP status (0: no answer) and the
 * cluster's own reason, so callers can tell a retryable 429/503 from a bad request.
 */
public final class ClusterClient implements Closeable {
    static final ObjectMapper JSON = new ObjectMapper();

    private final OpenSearchAddress address;
    private final RestClient rest;

    public ClusterClient(OpenSearchAddress address) {
        this.address = address;
        Node[] nodes = address.hosts().stream()
                .map(h -> new Node(new HttpHost("http", h.name(), h.port())))
                .toArray(Node[]::new);
        this.rest = RestClient.builder(nodes).build();
    }

    public OpenSearchAddress address() {
        return address;
    }

    /** {@code method path} with a JSON body (null: none); the parsed answer. */
    public JsonNode call(String method, String path, JsonNode body, Map<String, String> params) throws ClusterException {
        return call(method, path, body == null ? null : toBytes(body), "application/json", params);
    }

    /** As {@link #call(String, String, JsonNode, Map)} with a ready body (NDJSON for _bulk). */
    public JsonNode call(String method, String path, byte[] body, String contentType, Map<String, String> params)
            throws ClusterException {
        Request r = new Request(method, path);
        if (params != null) {
            params.forEach(r::addParameter);
        }
        if (body != null) {
            r.setEntity(new ByteArrayEntity(body, ContentType.create(contentType, "UTF-8")));
        }
        try {
            Response resp = rest.performRequest(r);
            byte[] bytes = resp.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(resp.getEntity());
            return bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
        } catch (ResponseException e) {
            int status = e.getResponse().getStatusLine().getStatusCode();
            throw new ClusterException(status, method + " " + path + " on " + address + ": HTTP " + status + " "
                    + reason(e.getResponse()), e);
        } catch (ConnectException e) {
            throw new ClusterException(0, "cannot reach OpenSearch at " + address + " (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new ClusterException(0, method + " " + path + " on " + address + " failed: " + e, e);
        }
    }

    /** The status of a call without a body, not raised: for existence checks (HEAD answers 404 without an error). */
    public int status(String method, String path) throws ClusterException {
        try {
            return rest.performRequest(new Request(method, path)).getStatusLine().getStatusCode();
        } catch (ResponseException e) {
            return e.getResponse().getStatusLine().getStatusCode();
        } catch (IOException e) {
            throw new ClusterException(0, "cannot reach OpenSearch at " + address + " (" + e.getMessage() + ")", e);
        }
    }

    private static String reason(Response resp) {
        try {
            if (resp.getEntity() == null) {
                return "";
            }
            JsonNode n = JSON.readTree(EntityUtils.toByteArray(resp.getEntity()));
            JsonNode err = n.path("error");
            if (err.isObject()) {
                JsonNode root = err.path("root_cause").path(0);
                JsonNode why = root.isMissingNode() ? err : root;
                return why.path("type").asText("") + ": " + why.path("reason").asText("");
            }
            return err.isTextual() ? err.asText() : n.toString();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    static byte[] toBytes(JsonNode n) {
        try {
            return JSON.writeValueAsBytes(n);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        rest.close();
    }
}
