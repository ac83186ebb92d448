package org.marsad.extract.date;

import org.marsad.extract.doc.Doc;

/** A month name found at a token: its number, calendar, and how many tokens it takes («كانون الثاني» takes two). */
record Month(int number, boolean hijri, int tokens, String name) {
    static Month at(Doc doc, int i) {
        if (i >= doc.size()) {
            return null;
        }
        if (i + 1 < doc.size() && Calendars.FIRST_OF_TWO.contains(doc.norm(i))) {
            String two = doc.norm(i) + " " + doc.norm(i + 1);
            Integer g = Calendars.GREGORIAN.get(two);
            if (g != null) {
                return new Month(g, false, 2, two);
            }
            Integer h = Calendars.HIJRI.get(two);
            if (h != null) {
                return new Month(h, true, 2, two);
            }
        }
        String one = doc.norm(i);
        Integer g = Calendars.GREGORIAN.get(one);
        if (g != null) {
            return new Month(g, false, 1, one);
        }
        Integer h = Calendars.HIJRI.get(one);
        return h == null ? null : new Month(h, true, 1, one);
    }
}
