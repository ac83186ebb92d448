package org.marsad.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.query.QueryJson;
import org.marsad.store.search.ArchiveSearcher;
import org.marsad.store.search.EntityCount;
import org.marsad.store.search.FacetCount;
import org.marsad.store.search.QuerySyntaxException;
import org.marsad.store.search.SearchHit;
import org.marsad.store.search.SearchResults;
import org.marsad.store.search.Snippet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad search "QUERY"}: BM25 search of the archive with highlighted snippets and facets. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {
            "Search the archive (title and body, BM25). All words are required unless joined by OR.",
            "Syntax: \"a phrase\", AND OR NOT ( ), -word, title:word, source:NAME,",
            "date:2015-07-01..2015-07-31 (or date:2015-07, date:2015, date:2015-07-01.., date:[A TO B]),",
            "and over the extractors' annotations: entity:NAME, speaker:NAME, claimant:NAME, type:PER|ORG|LOC|MISC,",
            "quote:WORD, claim:WORD (use \"...\" for names of several words).",
            "Spelling variants match: hamza forms, ى/ي, ة/ه, diacritics, tatweel, attached clitics."
        })
public final class SearchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "QUERY", description = "the query")
    String query;

    @Option(names = "--data", paramLabel = "DIR", description = "archive folder (default: ./marsad-data)")
    Path data = ArchiveLocation.DEFAULT_DATA;

    @Option(names = "--store", paramLabel = "URL", description = Stores.STORE_HELP)
    String store;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "results to show (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--json", description = "print machine-readable JSON")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (limit < 1) {
            throw new UserException("--limit must be at least 1");
        }
        SearchResults r;
        if (store != null) {
            try (org.marsad.store.backend.ArchiveStore s = Stores.cluster(store, null)) {
                r = s.search(query, org.marsad.store.search.SearchFilters.NONE, 0, limit, true);
            } catch (QuerySyntaxException e) {
                throw new UserException(e.getMessage());
            } catch (IOException e) {
                throw new UserException(e.getMessage(), e);
            }
        } else try (ArchiveSearcher s = open(data)) {
            r = s.search(query, limit, true);
        } catch (QuerySyntaxException e) {
            throw new UserException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(toJson(r)));
        } else {
            boolean terminal = System.console() != null;
            printHuman(out, r, terminal ? "\u001b[1m" : "[[", terminal ? "\u001b[0m" : "]]");
        }
        out.flush();
        return 0;
    }

    static ArchiveSearcher open(Path data) throws IOException {
        ArchiveLocation location = new ArchiveLocation(data);
        if (!location.exists()) {
            throw new UserException("no archive at " + data.toAbsolutePath().normalize()
                    + " (run marsad ingest first, or pass --data DIR)");
        }
        return new ArchiveSearcher(location);
    }

    static void printHuman(PrintWriter out, SearchResults r, String open, String close) {
        out.printf(Locale.ROOT, "%,d matching articles (%.1f ms)%n", r.totalHits(), r.millis());
        int i = 0;
        for (SearchHit h : r.hits()) {
            i++;
            out.printf(Locale.ROOT, "%n%d. %s%n   %s · %s · score %.3f · id %s%n", i,
                    h.title() == null ? "(untitled)" : h.title(), h.source(),
                    h.published() == null ? "no date" : h.published(), h.score(), h.id());
            if (h.url() != null) {
                out.println("   " + h.url());
            }
            if (h.copies() > 0) {
                out.printf(Locale.ROOT, "   + %d %s (marsad copies %s)%n", h.copies(), h.copies() == 1 ? "copy" : "copies",
                        h.id());
            }
            if (h.snippet() != null) {
                out.println("   " + h.snippet().marked(open, close).replace('\n', ' '));
            }
        }
        if (!r.bySource().isEmpty()) {
            out.println();
            out.println("by source: " + facets(r.bySource()));
            out.println("by month:  " + facets(r.byMonth()));
        }
        if (!r.byEntity().isEmpty()) {
            out.println("entities:  " + entities(r.byEntity()));
        }
    }

    private static String entities(List<EntityCount> es) {
        StringBuilder sb = new StringBuilder();
        for (EntityCount e : es.subList(0, Math.min(15, es.size()))) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(e.name()).append(" (").append(e.type()).append(") ").append(e.count());
        }
        return sb.toString();
    }

    private static String facets(List<FacetCount> fs) {
        StringBuilder sb = new StringBuilder();
        for (FacetCount f : fs) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(f.value()).append(' ').append(f.count());
        }
        return sb.length() == 0 ? "-" : sb.toString();
    }

    static ObjectNode toJson(SearchResults r) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        root.put("query", r.query());
        root.put("total", r.totalHits());
        root.put("took_ms", Math.round(r.millis() * 100) / 100.0);
        ArrayNode hits = root.putArray("hits");
        for (SearchHit h : r.hits()) {
            ObjectNode o = hits.addObject();
            o.put("id", h.id());
            o.put("title", h.title());
            o.put("source", h.source());
            o.put("url", h.url());
            o.put("date", h.published() == null ? null : h.published().toString());
            o.put("score", h.score());
            o.put("copies", h.copies());
            Snippet s = h.snippet();
            if (s != null) {
                ObjectNode so = o.putObject("snippet");
                so.put("text", s.text());
                so.put("body_offset", s.start());
                ArrayNode hl = so.putArray("highlights");
                for (Snippet.Highlight x : s.highlights()) {
                    hl.addObject().put("start", x.start()).put("end", x.end()).put("text", s.text().substring(x.start(), x.end()));
                }
            }
        }
        ObjectNode facets = root.putObject("facets");
        ObjectNode src = facets.putObject("source");
        r.bySource().forEach(f -> src.put(f.value(), f.count()));
        ObjectNode month = facets.putObject("month");
        r.byMonth().forEach(f -> month.put(f.value(), f.count()));
        facets.set("entity", QueryJson.array(r.byEntity(), QueryJson::entityCount));
        return root;
    }
}
