package org.marsad.opensearch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a cluster archive lives: {@code opensearch://HOST:PORT[,HOST:PORT...][/INDEX]} (plain
 * HTTP; several nodes let the client go on when one is down). The index defaults to
 * {@value #DEFAULT_INDEX}.
 */
public record OpenSearchAddress(List<Host> hosts, String index) {
    public static final String SCHEME = "opensearch://";
    public static final String DEFAULT_INDEX = "marsad";
    private static final Pattern INDEX_NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,200}");

    /** One node's HTTP address. */
    public record Host(String name, int port) {
        @Override
        public String toString() {
            return name + ":" + port;
        }
    }

    /** True when {@code text} names a cluster rather than a folder. */
    public static boolean isCluster(String text) {
        return text != null && text.toLowerCase(Locale.ROOT).startsWith(SCHEME);
    }

    /** Parses an address; throws {@link IllegalArgumentException} with a one-line reason. */
    public static OpenSearchAddress parse(String text) {
        if (!isCluster(text)) {
            throw new IllegalArgumentException("not a cluster address: '" + text + "' (expected " + SCHEME + "HOST:PORT[/INDEX])");
        }
        String rest = text.substring(SCHEME.length());
        String index = DEFAULT_INDEX;
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            String path = rest.substring(slash + 1);
            rest = rest.substring(0, slash);
            if (!path.isEmpty()) {
                if (!INDEX_NAME.matcher(path).matches()) {
                    throw new IllegalArgumentException("bad index name '" + path + "' in " + text
                            + " (lower-case letters, digits, _ . -)");
                }
                index = path;
            }
        }
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("no host in " + text + " (expected " + SCHEME + "HOST:PORT)");
        }
        List<Host> hosts = new ArrayList<>();
        for (String h : rest.split(",")) {
            hosts.add(host(h.strip(), text));
        }
        return new OpenSearchAddress(List.copyOf(hosts), index);
    }

    private static Host host(String h, String whole) {
        try {
            URI u = new URI("http://" + h);
            if (u.getHost() == null || u.getPath() != null && !u.getPath().isEmpty() || u.getUserInfo() != null) {
                throw new IllegalArgumentException("bad host '" + h + "' in " + whole + " (expected HOST:PORT)");
            }
            return new Host(u.getHost(), u.getPort() < 0 ? 9200 : u.getPort());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("bad host '" + h + "' in " + whole + ": " + e.getReason());
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(SCHEME);
        for (int i = 0; i < hosts.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(hosts.get(i));
        }
        return sb.append('/').append(index).toString();
    }
}
