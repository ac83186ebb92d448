package org.marsad.store.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into {@link Snippet}s: adjacent passages are joined, gaps are
 * shown as " … ", and overlapping matches are merged so markers never nest.
 */
final class SnippetFormatter extends PassageFormatter {
    static final String GAP = " … ";

    @Override
    public Object format(Passage[] passages, String content) {
        if (passages.length == 0) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        List<Snippet.Highlight> highlights = new ArrayList<>();
        int first = passages[0].getStartOffset();
        int lastEnd = -1;
        for (Passage p : passages) {
            if (lastEnd >= 0 && p.getStartOffset() > lastEnd) {
                text.append(GAP);
            }
            int pStart = Math.max(p.getStartOffset(), lastEnd);
            int base = text.length() - pStart;
            String piece = content.substring(pStart, p.getEndOffset());
            text.append(piece);
            int hs = -1;
            int he = -1;
            for (int i = 0; i < p.getNumMatches(); i++) {
                int s = Math.max(p.getMatchStarts()[i], pStart);
                int e = Math.min(p.getMatchEnds()[i], p.getEndOffset());
                if (e <= s) {
                    continue;
                }
                if (hs >= 0 && s <= he) {
                    he = Math.max(he, e);
                } else {
                    if (hs >= 0) {
                        highlights.add(new Snippet.Highlight(base + hs, base + he));
                    }
                    hs = s;
                    he = e;
                }
            }
            if (hs >= 0) {
                highlights.add(new Snippet.Highlight(base + hs, base + he));
            }
            lastEnd = p.getEndOffset();
        }
        // strip leading/trailing whitespace of the passage text, shifting the highlights
        int lead = 0;
        while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
            lead++;
        }
        int trail = text.length();
        while (trail > lead && Character.isWhitespace(text.charAt(trail - 1))) {
            trail--;
        }
        List<Snippet.Highlight> shifted = new ArrayList<>(highlights.size());
        for (Snippet.Highlight h : highlights) {
            shifted.add(new Snippet.Highlight(h.start() - lead, h.end() - lead));
        }
        return new Snippet(text.substring(lead, trail), first + lead, shifted);
    }
}
