package org.marsad.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.text.tokenize.ArabicTokenizer;
import org.marsad.text.tokenize.Token;

/**
 * Reads annotated articles written by hand as JSON. Gold spans are given as exact substrings of the
 * text plus an occurrence index ("occ", default 0) rather than offsets, so they are easy to write
 * and check. Entities are given once per name as [type, name]: every whole-word occurrence of the
 * name, longest names first, is a mention, widened to whole tokens («وترامب» when the name is
 * «ترامب»), as the tagger sees words. A span that cannot be found is an error naming the article and field.
 */
public final class GoldReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldReader() {}

    /** Reads a classpath resource such as {@code /org/marsad/extract/eval/extract-test.json}. */
    public static List<GoldArticle> resource(String name) {
        try (InputStream in = GoldReader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no such resource: " + name);
            }
            return read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    public static List<GoldArticle> read(InputStream in, String name) throws IOException {
        JsonNode root = JSON.readTree(in);
        List<GoldArticle> out = new ArrayList<>();
        for (JsonNode a : root.path("articles")) {
            out.add(article(a, name));
        }
        return out;
    }

    private static GoldArticle article(JsonNode a, String file) {
        String id = a.path("id").asText("?");
        String where = file + ": article " + id;
        String text = a.path("text").asText(null);
        if (text == null) {
            throw new IllegalArgumentException(where + ": missing \"text\"");
        }
        LocalDate date = a.hasNonNull("date") ? LocalDate.parse(a.get("date").asText()) : null;
        List<Token> tokens = ArabicTokenizer.tokenize(text);
        List<GoldArticle.Entity> entities = entities(a.path("entities"), text, tokens, where);
        List<GoldArticle.Quote> quotes = new ArrayList<>();
        int k = 0;
        for (JsonNode q : a.path("quotes")) {
            int[] s = find(text, q, where + ": quotes[" + k++ + "]");
            quotes.add(new GoldArticle.Quote(s[0], s[1], q.path("direct").asBoolean(true), nullable(q, "speaker")));
        }
        List<GoldArticle.Claim> claims = new ArrayList<>();
        k = 0;
        for (JsonNode c : a.path("claims")) {
            String at = where + ": claims[" + k++ + "]";
            int[] s = find(text, c, at);
            if (!c.has("value") || !c.has("unit")) {
                throw new IllegalArgumentException(at + ": needs \"value\" and \"unit\"");
            }
            claims.add(new GoldArticle.Claim(s[0], s[1], new BigDecimal(c.get("value").asText()), c.get("unit").asText(),
                    nullable(c, "claimant")));
        }
        List<GoldArticle.Date> dates = new ArrayList<>();
        k = 0;
        for (JsonNode d : a.path("dates")) {
            int[] s = find(text, d, where + ": dates[" + k++ + "]");
            dates.add(new GoldArticle.Date(s[0], s[1], nullable(d, "value")));
        }
        return new GoldArticle(id, text, date, entities, quotes, claims, dates);
    }

    private static String nullable(JsonNode o, String field) {
        return o.hasNonNull(field) ? o.get(field).asText() : null;
    }

    private static int[] find(String text, JsonNode o, String where) {
        String s = o.path("text").asText(null);
        if (s == null || s.isEmpty()) {
            throw new IllegalArgumentException(where + ": missing \"text\"");
        }
        int occ = o.path("occ").asInt(0);
        int at = -1;
        for (int i = 0; i <= occ; i++) {
            at = text.indexOf(s, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException(where + ": \"" + s + "\" occurrence " + occ + " not found in the text");
            }
        }
        return new int[] {at, at + s.length()};
    }

    private static List<GoldArticle.Entity> entities(JsonNode list, String text, List<Token> tokens, String where) {
        List<String[]> names = new ArrayList<>();
        for (JsonNode e : list) {
            if (!e.isArray() || e.size() != 2) {
                throw new IllegalArgumentException(where + ": entities: expected [type, name], got " + e);
            }
            names.add(new String[] {e.get(0).asText(), e.get(1).asText()});
        }
        names.sort((x, y) -> Integer.compare(y[1].length(), x[1].length()));
        boolean[] taken = new boolean[text.length()];
        List<GoldArticle.Entity> out = new ArrayList<>();
        for (String[] n : names) {
            int found = 0;
            for (int at = text.indexOf(n[1]); at >= 0; at = text.indexOf(n[1], at + 1)) {
                int start = tokenStart(tokens, at);
                int end = tokenEnd(tokens, at + n[1].length());
                if (start < 0 || end < 0) {
                    continue;
                }
                boolean free = true;
                for (int i = start; i < end && free; i++) {
                    free = !taken[i];
                }
                if (!free) {
                    continue;
                }
                for (int i = start; i < end; i++) {
                    taken[i] = true;
                }
                out.add(new GoldArticle.Entity(start, end, n[0]));
                found++;
            }
            if (found == 0) {
                throw new IllegalArgumentException(where + ": entity \"" + n[1] + "\" not found as whole words");
            }
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    /** Start of the token holding char {@code at}, or -1 when {@code at} is not inside a word. */
    private static int tokenStart(List<Token> tokens, int at) {
        for (Token t : tokens) {
            if (t.start() <= at && at < t.end()) {
                return t.start();
            }
        }
        return -1;
    }

    /** End of the token whose end is exactly {@code end}: a name must end where its word ends. */
    private static int tokenEnd(List<Token> tokens, int end) {
        for (Token t : tokens) {
            if (t.end() == end) {
                return end;
            }
        }
        return -1;
    }
}
