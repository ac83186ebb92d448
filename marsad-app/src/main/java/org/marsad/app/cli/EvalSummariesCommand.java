package org.marsad.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.app.corpus.SharedData;
import org.marsad.store.summary.DocumentFrequencies;
import org.marsad.store.summary.SummaryConfig;
import org.marsad.store.summary.eval.EascTopic;
import org.marsad.store.summary.eval.SummaryEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad eval summaries}: ROUGE on EASC for marsad, lead-3, lead and TextRank in one run. */
@Command(name = "summaries", mixinStandardHelpOptions = true,
        description = {
            "Extractive summaries on EASC (153 articles x 5 human summaries): ROUGE-1/2 recall and F1 on",
            "search-normalized tokens, averaged over the 5 references, for marsad and the baselines in one run.",
            "Topics 1-50 are the dev part (weights were tuned there); topics 51-153 the test part (default)."
        })
public final class EvalSummariesCommand implements Callable<Integer> {
    private static final int DEV_TOPICS = 50;

    @Mixin
    SharedOption shared;

    @Option(names = "--split", defaultValue = "test", description = "test (topics 51-153, default), dev (1-50) or all")
    String split;

    @Option(names = "--position-weight", description = "override the position weight (dev tuning)")
    Double positionWeight;

    @Option(names = "--position-decay", description = "override the position decay (dev tuning)")
    Double positionDecay;

    @Option(names = "--mmr-lambda", description = "override the MMR lambda (dev tuning)")
    Double mmrLambda;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        SummaryConfig base = SummaryConfig.DEFAULT;
        SummaryConfig config = new SummaryConfig(positionWeight == null ? base.positionWeight() : positionWeight,
                positionDecay == null ? base.positionDecay() : positionDecay,
                mmrLambda == null ? base.mmrLambda() : mmrLambda, base.damping(), base.minWords());
        List<EascTopic> all = read(SharedData.require(shared.folder(), "easc/easc.jsonl"));
        List<EascTopic> part = switch (split) {
            case "test" -> all.stream().filter(t -> t.number() > DEV_TOPICS).toList();
            case "dev" -> all.stream().filter(t -> t.number() <= DEV_TOPICS).toList();
            case "all" -> all;
            default -> throw new UserException("--split must be test, dev or all, got " + split);
        };
        DocumentFrequencies df = SummaryEvaluation.idf(all);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("EASC %s split: %d topics; marsad weights: position %.2f (decay %.2f), MMR lambda %.2f%n", split,
                part.size(), config.positionWeight(), config.positionDecay(), config.mmrLambda());
        out.printf("%-32s %8s %8s %8s %8s %7s%n", "system", "R1-R", "R1-F", "R2-R", "R2-F", "words");
        for (SummaryEvaluation.SystemScores s : SummaryEvaluation.run(part, df, config)) {
            out.printf("%-32s %8.4f %8.4f %8.4f %8.4f %7.1f%n", s.system(), s.r1Recall(), s.r1F(), s.r2Recall(),
                    s.r2F(), s.words());
        }
        out.println("(budget: a third of the article's words; ROUGE averaged over the 5 references, then over topics)");
        out.flush();
        return 0;
    }

    static List<EascTopic> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<EascTopic> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o;
                try {
                    o = json.readTree(line);
                } catch (IOException e) {
                    throw new UserException(file + ":" + lineNo + ": not JSON: " + e.getMessage());
                }
                String topic = o.path("topic").asText("");
                if (!topic.startsWith("Topic") || !o.hasNonNull("article") || !o.path("summaries").isObject()) {
                    throw new UserException(file + ":" + lineNo + ": expected fields topic (TopicN), article, summaries");
                }
                List<String> summaries = new ArrayList<>();
                Iterator<JsonNode> it = o.get("summaries").elements();
                while (it.hasNext()) {
                    summaries.add(it.next().asText());
                }
                out.add(new EascTopic(Integer.parseInt(topic.substring(5)), o.get("article").asText(), summaries));
            }
        }
        out.sort(Comparator.comparingInt(EascTopic::number));
        return out;
    }
}
