package org.marsad.extract.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.extract.doc.Annotator;
import org.marsad.extract.doc.Doc;
import org.marsad.extract.ner.EntityMention;
import org.marsad.extract.ner.EntityTagger;
import org.marsad.text.normalize.ArabicNormalizer;

/**
 * Tags named entities with an {@link EntityTagger}, then links the mentions of one entity within the
 * article: a mention joins an earlier entity of the same type when its words (without proclitics)
 * are a contiguous run of that entity's fullest name, or the other way round («دونالد ترامب» …
 * «ترامب», «وزارة الخارجية الأمريكية» … «الخارجية الأمريكية»). When several entities fit, the one
 * mentioned last wins, as a reader would resolve it.
 */
public final class EntityLinker implements Annotator {
    /** Views of each word compared when linking, see {@link #cores}. */
    private static final int VIEWS = 3;
    private final EntityTagger tagger;

    public EntityLinker(EntityTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public void annotate(Doc doc) {
        List<EntityMention> tagged = new ArrayList<>(tagger.tag(doc.text(), doc.tokens()));
        tagged.sort(Comparator.comparingInt(EntityMention::start).thenComparingInt(EntityMention::end));
        List<Draft> drafts = new ArrayList<>();
        List<Integer> entityOfMention = new ArrayList<>();
        List<EntityMention> kept = new ArrayList<>();
        int lastEnd = -1;
        for (EntityMention m : tagged) {
            if (m.start() < lastEnd || m.end() <= m.start() || m.end() > doc.text().length()) {
                continue; // overlapping or empty mentions from a tagger cannot be shown as spans
            }
            lastEnd = m.end();
            String[] cores = cores(doc, m.start(), m.end());
            if (cores.length == 0) {
                continue;
            }
            Draft target = null;
            for (int e = drafts.size() - 1; e >= 0 && target == null; e--) {
                Draft d = drafts.get(e);
                if (d.type.equals(m.type()) && (containsRun(d.longest, cores) || containsRun(cores, d.longest))) {
                    target = d;
                }
            }
            if (target == null) {
                target = new Draft(drafts.size(), m.type());
                drafts.add(target);
            }
            target.add(kept.size(), m, cores);
            kept.add(m);
            entityOfMention.add(target.id);
        }
        for (int i = 0; i < kept.size(); i++) {
            EntityMention m = kept.get(i);
            doc.addMention(new Mention(m.start(), m.end(), m.type(), entityOfMention.get(i)));
        }
        for (Draft d : drafts) {
            String role = null;
            if (d.type.equals("PER")) {
                for (int mi : d.mentions) {
                    role = RoleFinder.roleBefore(doc, kept.get(mi).start());
                    if (role == null) {
                        role = RoleFinder.roleAfter(doc, kept.get(mi).end());
                    }
                    if (role != null) {
                        break;
                    }
                }
            }
            doc.addEntity(new Entity(d.id, d.type, canonical(doc, d), role, List.copyOf(d.mentions)));
        }
    }

    /** Per word of the span: its core, its core with a leading و/ف kept, and without a preposition (see {@link Clitics}). */
    private static String[] cores(Doc doc, int start, int end) {
        List<String> out = new ArrayList<>();
        for (int i = doc.tokenAtOrAfter(start); i < doc.size() && doc.token(i).end() <= end; i++) {
            if (doc.type(i).isWordLike()) {
                out.add(Clitics.core(doc.norm(i)));
                out.add(Clitics.coreKeepingWaw(doc.norm(i)));
                out.add(Clitics.withoutPreposition(doc.norm(i)));
            }
        }
        return out.toArray(String[]::new);
    }

    /** True when {@code part} occurs as a contiguous run of words inside {@code whole} (both as from {@link #cores}). */
    static boolean containsRun(String[] whole, String[] part) {
        outer:
        for (int i = 0; i + part.length <= whole.length; i += VIEWS) {
            for (int j = 0; j < part.length; j += VIEWS) {
                if (!sameWord(whole, i + j, part, j)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Two words are the same when any of their views are equal. */
    private static boolean sameWord(String[] a, int i, String[] b, int j) {
        for (int x = 0; x < VIEWS; x++) {
            for (int y = 0; y < VIEWS; y++) {
                if (a[i + x].equals(b[j + y])) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String canonical(Doc doc, Draft d) {
        EntityMention best = d.longestMention;
        String surface = doc.text().substring(best.start(), best.end());
        String shown = ArabicNormalizer.display().normalize(surface).strip();
        int firstTok = doc.tokenAtOrAfter(best.start());
        if (firstTok < doc.size()) {
            String first = doc.norm(firstTok);
            String bare = Clitics.withoutConjunction(first);
            boolean conjunction = !bare.equals(first) && (bare.startsWith("ال") || seenBare(doc, d, bare));
            if (conjunction) {
                shown = shown.substring(1);
            } else if (first.length() > 3 && "بلك".indexOf(first.charAt(0)) >= 0 && seenBare(doc, d, first.substring(1))) {
                shown = shown.substring(1); // «ببغداد» when «بغداد» is also written
            }
            String s = shown;
            if (s.startsWith("لل") && s.length() > 4) {
                shown = "ال" + s.substring(2);
            } else if (s.length() > 4 && (s.charAt(0) == 'ب' || s.charAt(0) == 'ك' || s.charAt(0) == 'ل')
                    && (s.startsWith("ال", 1) || s.startsWith("إل", 1))) {
                shown = s.substring(1);
            }
        }
        return shown.replaceAll("\\s+", " ");
    }

    /** True when another mention of the entity starts with {@code bare} itself, so a leading و/ف was a clitic. */
    private static boolean seenBare(Doc doc, Draft d, String bare) {
        for (EntityMention m : d.all) {
            int t = doc.tokenAtOrAfter(m.start());
            if (t < doc.size() && doc.norm(t).equals(bare)) {
                return true;
            }
        }
        return false;
    }

    /** An entity while mentions are still being gathered. */
    private static final class Draft {
        final int id;
        final String type;
        final List<Integer> mentions = new ArrayList<>();
        final List<EntityMention> all = new ArrayList<>();
        String[] longest = new String[0];
        EntityMention longestMention;

        Draft(int id, String type) {
            this.id = id;
            this.type = type;
        }

        void add(int index, EntityMention m, String[] cores) {
            mentions.add(index);
            all.add(m);
            if (longestMention == null || cores.length > longest.length
                    || (cores.length == longest.length && m.end() - m.start() > longestMention.end() - longestMention.start())) {
                longest = cores;
                longestMention = m;
            }
        }
    }
}
