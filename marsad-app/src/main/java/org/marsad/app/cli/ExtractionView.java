package org.marsad.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.extract.claim.Claim;
import org.marsad.extract.date.DateMention;
import org.marsad.extract.doc.Doc;
import org.marsad.extract.link.Entity;
import org.marsad.extract.link.Mention;
import org.marsad.extract.quote.Quote;

/**
 * The human-readable {@code marsad analyze}: the article with its spans marked inline, then lists.
 * Marks: entities [text]PER, quotes ⟪text⟫Q1, claims {text}C1, dates ‹text›D.
 */
final class ExtractionView {
    private record Mark(int at, boolean open, int length, String s) {}

    private ExtractionView() {}

    static void print(PrintWriter out, Doc doc) {
        String text = doc.text();
        List<Mark> marks = new ArrayList<>();
        for (Mention m : doc.mentions()) {
            add(marks, m.start(), m.end(), "[", "]" + m.type());
        }
        int n = 1;
        for (Quote q : doc.quotes()) {
            add(marks, q.start(), q.end(), "⟪", "⟫Q" + n++);
        }
        n = 1;
        for (Claim c : doc.claims()) {
            add(marks, c.start(), c.end(), "{", "}C" + n++);
        }
        for (DateMention d : doc.dates()) {
            add(marks, d.start(), d.end(), "‹", "›D");
        }
        // at one offset: closes before opens; outer spans open first and close last
        marks.sort(Comparator.comparingInt(Mark::at).thenComparing(Mark::open)
                .thenComparingInt(m -> m.open() ? -m.length() : m.length()));
        StringBuilder sb = new StringBuilder();
        int p = 0;
        for (Mark m : marks) {
            sb.append(text, p, m.at()).append(m.s());
            p = m.at();
        }
        sb.append(text.substring(p));
        out.println(sb.toString().strip());
        out.println();
        out.println("Entities:");
        for (Entity e : doc.entities()) {
            out.printf("  %-4s %s%s  (%d mention%s)%n", e.type(), e.canonical(), e.role() == null ? "" : "  role: " + e.role(),
                    e.mentions().size(), e.mentions().size() == 1 ? "" : "s");
        }
        out.println("Quotes:");
        n = 1;
        for (Quote q : doc.quotes()) {
            out.printf("  Q%d %s, cue %s, speaker: %s%n     %s%n", n++, q.direct() ? "direct" : "reported",
                    q.cue(text) == null ? "-" : q.cue(text), q.speaker() == null ? "(unknown)" : q.speaker().canonical(),
                    q.text(text).replace('\n', ' '));
        }
        out.println("Claims:");
        n = 1;
        for (Claim c : doc.claims()) {
            out.printf("  C%d %s = %s %s%s%s%s%n", n++, c.text(text), c.value().toPlainString(), c.unit().name(),
                    c.qualifier() == null ? "" : " (" + c.qualifier() + ")",
                    c.claimant() == null ? "" : ", claimed by " + c.claimant().canonical(),
                    c.subjectStart() < 0 ? "" : ", about " + c.subject(text));
        }
        out.println("Dates:");
        for (DateMention d : doc.dates()) {
            out.printf("  %s = %s%n", d.text(text), d.value() == null ? "(relative; no article date given)" : d.value());
        }
    }

    private static void add(List<Mark> marks, int start, int end, String open, String close) {
        marks.add(new Mark(start, true, end - start, open));
        marks.add(new Mark(end, false, end - start, close));
    }
}
