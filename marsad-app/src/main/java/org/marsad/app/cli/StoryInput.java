package org.marsad.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.app.corpus.NewsCorpora;
import org.marsad.store.story.StoryArticle;

/**
 * Articles for story clustering: a JSONL file (one object a line: {@code id}, {@code source},
 * {@code title}, {@code body} or {@code text}, {@code published}: ISO instant, offset date-time or
 * date), or the shared corpora. Returned in time order (stable), limited to [from, to].
 */
final class StoryInput {
    private StoryInput() {}

    static List<StoryArticle> read(Path jsonl, Path shared, LocalDate from, LocalDate to, int limit) {
        List<StoryArticle> out = new ArrayList<>();
        if (jsonl != null) {
            readJsonl(jsonl, out);
        } else {
            NewsCorpora.forEach(shared, limit, a -> out.add(new StoryArticle(a.id(), a.source(), a.title(), a.text(),
                    CorpusTime.of(a))));
        }
        List<StoryArticle> kept = new ArrayList<>();
        for (StoryArticle a : out) {
            LocalDate d = a.published().atOffset(ZoneOffset.ofHours(3)).toLocalDate();
            if ((from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to))) {
                kept.add(a);
            }
        }
        kept.sort(Comparator.comparing(StoryArticle::published));
        return kept;
    }

    private static void readJsonl(Path file, List<StoryArticle> out) {
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o;
                try {
                    o = json.readTree(line);
                } catch (IOException e) {
                    throw new UserException(file + ":" + n + ": not JSON: " + e.getMessage());
                }
                String id = field(o, "id", file, n);
                String body = o.hasNonNull("body") ? o.get("body").asText() : field(o, "text", file, n);
                Instant published = time(field(o, "published", file, n), file, n);
                out.add(new StoryArticle(id, o.path("source").asText(""), o.path("title").asText(""), body, published));
            }
        } catch (NoSuchFileException e) {
            throw new UserException(file + ": no such file");
        } catch (IOException e) {
            throw new UserException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static String field(JsonNode o, String name, Path file, int line) {
        JsonNode v = o.get(name);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            throw new UserException(file + ":" + line + ": missing field '" + name + "'");
        }
        return v.asText();
    }

    private static Instant time(String s, Path file, int line) {
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            if (s.endsWith("Z")) {
                return Instant.parse(s);
            }
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            throw new UserException(file + ":" + line + ": field 'published': not an ISO date or date-time: " + s);
        }
    }
}
