package org.marsad.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.app.corpus.NewsCorpora;
import org.marsad.app.corpus.SharedData;
import org.marsad.store.story.StoryArticle;
import org.marsad.store.story.StoryConfig;
import org.marsad.store.story.StoryEvidence;
import org.marsad.store.story.eval.StoryEvaluation;
import org.marsad.store.story.eval.StoryLabels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad eval stories}: B-cubed of story clustering on hand-labeled SaudiNewsNet stories. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {
            "Story clustering against hand-labeled stories (ids bundled; see README-labels.md): every SaudiNewsNet",
            "article of the period is clustered; B-cubed precision/recall over the labeled articles, for marsad and",
            "two baselines (same day + title overlap; near-duplicate groups) in one run; marsad with words only",
            "(before) and with the extractors' entities and dates of title and lead (after).",
            "dev: 2015-07-21..27 (41 stories, used for tuning); test: 2015-07-28..08-11 (45 stories, default)."
        })
public final class EvalStoriesCommand implements Callable<Integer> {
    private static final ZoneOffset RIYADH = ZoneOffset.ofHours(3);

    @Mixin
    SharedOption shared;

    @Option(names = "--split", defaultValue = "test", description = "test (default) or dev")
    String split;

    @Option(names = "--threshold", description = "override the join threshold (dev tuning)")
    Double threshold;

    @Option(names = "--key-bonus", description = "override the key-term bonus (dev tuning)")
    Double keyBonus;

    @Option(names = "--window-days", description = "override the story window in days (dev tuning)")
    Integer windowDays;

    @Option(names = "--entity-bonus", description = "override the shared-entity weight (dev tuning)")
    Double entityBonus;

    @Option(names = "--date-bonus", description = "override the shared-day weight (dev tuning)")
    Double dateBonus;

    @Option(names = "--tune", description = "dev only: print B-cubed over a grid of entity/date weights and thresholds")
    boolean tune;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate from;
        LocalDate to;
        switch (split) {
            case "dev" -> {
                from = LocalDate.of(2015, 7, 21);
                to = LocalDate.of(2015, 7, 27);
            }
            case "test" -> {
                from = LocalDate.of(2015, 7, 28);
                to = LocalDate.of(2015, 8, 11);
            }
            default -> throw new UserException("--split must be test or dev, got " + split);
        }
        StoryConfig config = StoryConfig.DEFAULT;
        if (threshold != null) {
            config = config.withThreshold(threshold);
        }
        if (keyBonus != null) {
            config = config.withKeyTermBonus(keyBonus);
        }
        if (windowDays != null) {
            config = config.withWindow(Duration.ofDays(windowDays));
        }
        if (entityBonus != null || dateBonus != null) {
            config = config.withEvidence(entityBonus == null ? config.entityBonus() : entityBonus,
                    dateBonus == null ? config.dateBonus() : dateBonus);
        }
        if (tune && !split.equals("dev")) {
            throw new UserException("--tune chooses weights and runs on the dev split only");
        }
        StoryLabels labels = StoryLabels.bundled(split);
        List<StoryArticle> all = new ArrayList<>();
        Path data = shared.folder();
        SharedData.require(data, NewsCorpora.SAUDI);
        NewsCorpora.forEach(data, 31_030, a -> {
            StoryArticle s = new StoryArticle(a.id(), a.source(), a.title(), a.text(), CorpusTime.of(a));
            LocalDate d = s.published().atOffset(RIYADH).toLocalDate();
            if (!d.isBefore(from) && !d.isAfter(to)) {
                all.add(s);
            }
        });
        all.sort(java.util.Comparator.comparing(StoryArticle::published));
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        StoryEvidence evidence = StoryEvidence.standard();
        List<StoryArticle> annotated = new ArrayList<>(all.size());
        int withEntities = 0;
        for (StoryArticle a : all) {
            StoryArticle x = evidence.annotate(a, RIYADH);
            withEntities += x.entities().isEmpty() ? 0 : 1;
            annotated.add(x);
        }
        out.printf("entities and dates of title + lead extracted in %.1f s (%d of %d articles name an entity)%n",
                (System.nanoTime() - t0) / 1e9, withEntities, all.size());
        out.flush();
        all.clear();
        all.addAll(annotated);
        if (tune) {
            out.printf("%-8s %-8s %-9s %9s %9s %9s%n", "entity", "date", "threshold", "B3-P", "B3-R", "B3-F1");
            for (double th : new double[] {0.5, 0.6}) {
                for (double e : new double[] {0.1, 0.2, 0.4}) {
                    for (double d : new double[] {0, 0.1}) {
                        StoryConfig c = config.withThreshold(th).withEvidence(e, d);
                        var sc = StoryEvaluation.score(all, labels, c);
                        out.printf("%-8.2f %-8.2f %-9.2f %9.4f %9.4f %9.4f%n", e, d, th, sc.precision(), sc.recall(),
                                sc.f1());
                        out.flush();
                    }
                }
                out.flush();
            }
            return 0;
        }
        out.printf("%s split: SaudiNewsNet %s..%s, %d articles clustered; %d labeled stories, %d labeled articles%n",
                split, from, to, all.size(), labels.stories(), labels.articles());
        out.printf("marsad config: window %s, threshold %.2f, key-term bonus %.2f, number bonus %.2f, "
                + "entity bonus %.2f, date bonus %.2f%n", config.window(), config.threshold(), config.keyTermBonus(),
                config.numberBonus(), config.entityBonus(), config.dateBonus());
        out.printf("%-28s %9s %9s %9s %9s %8s%n", "method", "B3-P", "B3-R", "B3-F1", "clusters", "seconds");
        for (StoryEvaluation.MethodScore m : StoryEvaluation.run(all, labels, config, RIYADH)) {
            out.printf("%-28s %9.4f %9.4f %9.4f %9d %8.1f%n", m.method(), m.score().precision(), m.score().recall(),
                    m.score().f1(), m.clusters(), m.seconds());
        }
        out.println("(words only: title+lead TF-IDF, rare key terms, shared numbers; entities: the extractors' NER + linking)");
        out.flush();
        return 0;
    }
}
