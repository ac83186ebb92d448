package org.marsad.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.marsad.store.search.ArchiveSearcher;

/** What the entity, quote and claim commands share: opening the archive and printing JSON or a quote. */
final class ArchiveViews {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArchiveViews() {}

    static ArchiveSearcher open(Path data) throws IOException {
        return SearchCommand.open(data);
    }

    static void printJson(PrintWriter out, Object node) throws IOException {
        out.println(JSON.writeValueAsString(node));
    }

    static void checkLimit(int limit) {
        if (limit < 1) {
            throw new UserException("--limit must be at least 1");
        }
    }

    static String orDash(Object o) {
        return o == null ? "-" : o.toString();
    }

    static String oneLine(String s) {
        return s.replace('\n', ' ');
    }
}
