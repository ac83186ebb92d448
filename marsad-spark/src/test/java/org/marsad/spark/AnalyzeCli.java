package org.marsad.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.app.cli.AnalyzeCommand;
import org.marsad.store.article.Article;
import org.marsad.store.read.JsonlReader;
import org.marsad.store.read.ReadSink;
import org.marsad.store.read.Rejection;
import picocli.CommandLine;

/** The single-machine path the batch job must equal: marsad-store's JSONL reader, then `marsad analyze --json`. */
final class AnalyzeCli {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnalyzeCli() {}

    /** What `marsad analyze --json [--date D] FILE` prints for {@code text}, parsed. */
    static JsonNode analyze(String text, LocalDate date, Path tmp) throws IOException {
        Path f = Files.createTempFile(tmp, "article", ".txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new AnalyzeCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> args = new ArrayList<>(List.of("--json"));
        if (date != null) {
            args.addAll(List.of("--date", date.toString()));
        }
        args.add(f.toString());
        int rc = cli.execute(args.toArray(String[]::new));
        if (rc != 0) {
            throw new IllegalStateException("marsad analyze failed (" + rc + "): " + err);
        }
        Files.delete(f);
        return JSON.readTree(out.toString());
    }

    /** An article read by `marsad ingest`'s JSONL reader, with the line it came from. */
    record Read(long line, Article article) {}

    /** Articles and rejections of {@code file} as marsad-store's JsonlReader reads them. */
    static List<Object> readJsonl(Path file) {
        List<Object> out = new ArrayList<>();
        new JsonlReader().read(file, new ReadSink() {
            @Override
            public void article(Article article, String origin) {
                out.add(new Read(Long.parseLong(origin.substring(origin.lastIndexOf(':') + 1)), article));
            }

            @Override
            public void reject(Rejection rejection) {
                out.add(rejection);
            }
        });
        return out;
    }
}
