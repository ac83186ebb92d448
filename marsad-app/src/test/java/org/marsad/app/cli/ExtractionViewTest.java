package org.marsad.app.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.extract.doc.Doc;
import org.marsad.extract.ner.EntityMention;
import org.marsad.extract.pipeline.Extractor;

class ExtractionViewTest {
    @Test
    void marksEntitiesQuotesClaimsAndDatesInlineAndListsThem() {
        String text = "وقال محمد معيط أمس إن العجز بلغ نحو 12%.";
        int name = text.indexOf("محمد معيط");
        Extractor ex = new Extractor((t, tokens) -> List.of(new EntityMention(name, name + "محمد معيط".length(), "PER")));
        Doc doc = ex.extract(text, LocalDate.of(2024, 4, 12));
        StringWriter out = new StringWriter();
        ExtractionView.print(new PrintWriter(out, true), doc);
        String shown = out.toString();
        assertTrue(shown.contains("[محمد معيط]PER"), shown);
        assertTrue(shown.contains("‹أمس›D"), shown);
        assertTrue(shown.contains("⟪العجز بلغ {نحو 12%}C1⟫Q1"), shown);
        assertTrue(shown.contains("speaker: محمد معيط"), shown);
        assertTrue(shown.contains("أمس = 2024-04-11"), shown);
        assertTrue(shown.contains("claimed by محمد معيط, about العجز"), shown);
    }
}
