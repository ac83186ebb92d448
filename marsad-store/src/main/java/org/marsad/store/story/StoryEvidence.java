package org.marsad.store.story;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.marsad.extract.date.DateMention;
import org.marsad.extract.doc.Doc;
import org.marsad.extract.link.Entity;
import org.marsad.extract.link.Mention;
import org.marsad.extract.ner.EntityTagger;
import org.marsad.extract.ner.NerTagger;
import org.marsad.extract.pipeline.Extractor;
import org.marsad.store.index.EntityKeys;

/**
 * The extractors' evidence that two articles tell the same event: the entities (NER + linking) and
 * the days named in the title and the lead. Only the title and lead count because they say what
 * the event is; a body's background paragraphs name many entities of other events. Only days written
 * out count: a relative «أمس» resolves to the same day for every article of a morning's papers.
 *
 * <p>Works through the extractors' public API ({@link Extractor} over any {@link EntityTagger}), so
 * a retrained NER model drops in; stored archive annotations (the same {@code DocJson} contract)
 * give the same keys without tagging again.
 */
public final class StoryEvidence {
    private final Extractor extractor;
    private final int leadWords;

    public StoryEvidence(EntityTagger tagger, int leadWords) {
        this.extractor = new Extractor(tagger);
        this.leadWords = leadWords;
    }

    /** Over the shipped NER model, with the lead length of {@link StoryConfig#DEFAULT}. */
    public static StoryEvidence standard() {
        return new StoryEvidence(NerTagger.standard(), StoryConfig.DEFAULT.leadWords());
    }

    /** The article with the entities and days of its title and lead, tagged now. */
    public StoryArticle annotate(StoryArticle a, ZoneOffset offset) {
        LocalDate day = a.published().atOffset(offset).toLocalDate();
        Set<String> entities = new LinkedHashSet<>();
        Set<String> dates = new LinkedHashSet<>();
        collect(extractor.extract(a.title(), day), entities, dates);
        String lead = a.body().substring(0, ArticleFeatures.leadEnd(a.body(), leadWords));
        collect(extractor.extract(lead, day), entities, dates);
        return a.withEvidence(new ArrayList<>(entities), new ArrayList<>(dates));
    }

    private static void collect(Doc doc, Set<String> entities, Set<String> dates) {
        for (Mention m : doc.mentions()) {
            Entity e = doc.entities().get(m.entity());
            add(entities, e.type(), e.canonical());
        }
        for (DateMention d : doc.dates()) {
            if (!d.relative()) {
                addDay(dates, d.value());
            }
        }
    }

    /**
     * Entities and days from stored annotations ({@code DocJson} of the body): those whose mention
     * starts within the lead of {@code body}. The title was not annotated at ingest, so it adds none.
     */
    public static StoryArticle fromStored(StoryArticle a, JsonNode annotations, int leadWords) {
        int leadEnd = ArticleFeatures.leadEnd(a.body(), leadWords);
        Set<String> entities = new LinkedHashSet<>();
        Set<String> dates = new LinkedHashSet<>();
        for (JsonNode e : annotations.path("entities")) {
            if (e.path("start").asInt(Integer.MAX_VALUE) < leadEnd) {
                add(entities, e.path("type").asText(""), e.path("canonical").asText(""));
            }
        }
        for (JsonNode d : annotations.path("dates")) {
            if (d.path("start").asInt(Integer.MAX_VALUE) < leadEnd && !d.path("relative").asBoolean(false)) {
                addDay(dates, d.path("value").asText(""));
            }
        }
        return a.withEvidence(new ArrayList<>(entities), new ArrayList<>(dates));
    }

    private static void add(Set<String> entities, String type, String canonical) {
        String key = EntityKeys.entity(type, canonical);
        // one-letter names are tagging debris, not evidence
        if (!type.isEmpty() && EntityKeys.nameOf(key).length() >= 2) {
            entities.add(key);
        }
    }

    /** Only whole days: a month or a year alone ("in 2015") is shared by unrelated events. */
    private static void addDay(Set<String> dates, String value) {
        if (value != null && value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            dates.add(value);
        }
    }
}
