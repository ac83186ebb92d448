package org.marsad.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.story.Story;
import org.marsad.store.story.archive.ArchiveStoryReader;
import org.marsad.store.story.StoryArticle;
import org.marsad.store.story.StoryClusterer;
import org.marsad.store.summary.DocumentFrequencies;
import org.marsad.store.summary.Summarizer;
import org.marsad.store.summary.SummaryConfig;
import org.marsad.store.timeline.Timeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad stories}: cluster articles into stories and list the largest. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {
            "Group articles into stories (same event, across sources) and list the largest ones with their label,",
            "sources, first and last article, size, day-by-day timeline and a short extractive summary.",
            "Reads the archive (--data, default ./marsad-data, or a cluster: --store URL), or --input FILE.jsonl, or --corpus (the shared",
            "SaudiNewsNet + ANT corpora)."
        })
public final class StoriesCommand implements Callable<Integer> {
    @Option(names = "--input", paramLabel = "FILE.jsonl",
            description = "articles, one JSON object a line: id, source, title, body (or text), published (ISO date/time)")
    Path input;

    @Option(names = "--data", paramLabel = "DIR", description = "archive folder (default: ./marsad-data)")
    Path data = ArchiveLocation.DEFAULT_DATA;

    @Option(names = "--store", paramLabel = "URL", description = Stores.STORE_HELP)
    String store;

    @Option(names = "--corpus", description = "read the shared corpora instead of the archive")
    boolean corpus;

    @Mixin
    SharedOption shared;

    @Option(names = "--from", description = "first day (YYYY-MM-DD, inclusive)")
    LocalDate from;

    @Option(names = "--to", description = "last day (YYYY-MM-DD, inclusive)")
    LocalDate to;

    @Option(names = "--top", defaultValue = "20", description = "stories to print, largest first (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--summary-words", defaultValue = "60", description = "words of summary per story (0: none)")
    int summaryWords;

    @Option(names = "--titles", defaultValue = "3", description = "article titles printed per story")
    int titles;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (from != null && to != null && to.isBefore(from)) {
            throw new UserException("--to " + to + " is before --from " + from);
        }
        if (input != null && corpus) {
            throw new UserException("--input and --corpus are alternatives; give one");
        }
        List<StoryArticle> articles;
        if (input != null || corpus) {
            articles = StoryInput.read(input, input == null ? shared.folder() : null, from, to, 0);
        } else if (store != null) {
            try (org.marsad.store.backend.ArchiveStore s = Stores.cluster(store, null)) {
                articles = ArchiveStoryReader.read(s.articles(), from, to, ZoneOffset.ofHours(3));
            } catch (java.io.IOException e) {
                throw new UserException("cannot read the archive at " + store + ": " + e.getMessage(), e);
            }
        } else {
            ArchiveLocation location = new ArchiveLocation(data);
            if (!location.exists()) {
                throw new UserException("no archive at " + data.toAbsolutePath().normalize()
                        + " (run marsad ingest first, pass --data DIR, or use --input / --corpus)");
            }
            try {
                articles = ArchiveStoryReader.read(location, from, to, ZoneOffset.ofHours(3));
            } catch (java.io.IOException e) {
                throw new UserException("cannot read the archive at " + data + ": " + e.getMessage(), e);
            }
        }
        DocumentFrequencies df = new DocumentFrequencies();
        StoryClusterer clusterer = new StoryClusterer(org.marsad.store.story.StoryConfig.forArticles(articles), df);
        Map<String, StoryArticle> byId = new HashMap<>();
        for (StoryArticle a : articles) {
            clusterer.add(a);
            byId.put(a.id(), a);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d articles, %d stories%n", articles.size(), clusterer.size());
        Summarizer summarizer = new Summarizer(SummaryConfig.DEFAULT, df);
        int shown = 0;
        for (Story s : clusterer.stories()) {
            if (shown++ == top) {
                break;
            }
            out.printf("%n#%d  %s%n  %d articles, %d sources (%s)%n  first %s %s%n  last  %s %s%n", s.id(), s.label(),
                    s.size(), s.sources().size(), String.join(", ", s.sources()), s.first(), s.firstArticleId(),
                    s.last(), s.lastArticleId());
            Timeline t = Timeline.of(s.articleIds().stream().map(id -> byId.get(id).published()).toList(),
                    ZoneOffset.ofHours(3));
            out.printf("  timeline %s%n", t.compact());
            for (int i = 0; i < Math.min(titles, s.size()); i++) {
                StoryArticle a = byId.get(s.articleIds().get(i));
                out.printf("  - [%s] %s%n", a.source(), a.title());
            }
            if (summaryWords > 0) {
                List<String> bodies = new ArrayList<>();
                for (String id : s.articleIds()) {
                    bodies.add(byId.get(id).body());
                    if (bodies.size() == 20) {
                        break;
                    }
                }
                out.printf("  summary: %s%n", summarizer.summarize(bodies, summaryWords).text().replace('\n', ' '));
            }
        }
        out.flush();
        return 0;
    }
}
