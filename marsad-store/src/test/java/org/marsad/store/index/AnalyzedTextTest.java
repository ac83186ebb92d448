package org.marsad.store.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.article.Article;
import org.marsad.store.article.ArticleKeys;

/**
 * Tokens analyzed ahead on another thread index exactly as the analyzer's own: the replayed stream
 * gives the same terms, position increments and offsets (diacritics, tatweel, clitics, stop words,
 * hashtags, numbers, Latin), and an archive written from them holds the same postings, offsets,
 * norms and stored texts as one where Lucene analyzed the texts.
 */
class AnalyzedTextTest {
    private static final String[] TEXTS = {
        "وقال وزير النفط العراقى: «سنرفع الإنتاج خلال الربع المقبل»، وأشار إلى أن العجز بلغ نحو 12,500% من الناتج المحلى.",
        "الــعــراقــيّ فِي بَغْدَادَ وبالمدرسة والكتاب #عاصي_الحلاني @user http://example.com/x?a=1 ID-42 news@example.com",
        "في من على إلى",
        "",
        "ﻻ ﷲ presentation forms وَ 3.14 ١٢٣ word",
    };

    @TempDir
    Path dir;

    @Test
    void replayGivesTheAnalyzersTokens() throws IOException {
        Analyzer analyzer = ArchiveSchema.analyzer();
        for (String field : new String[] {ArchiveSchema.TITLE, ArchiveSchema.BODY}) {
            for (String text : TEXTS) {
                List<String> expected = tokens(analyzer.tokenStream(field, text));
                AnalyzedText analyzed = AnalyzedText.of(analyzer, field, text);
                List<String> replayed = tokens(new AnalyzedText.Replay().of(analyzed));
                assertEquals(expected, replayed, text);
                assertEquals(expected.size() - 1, analyzed.size(), "tokens of " + text);
            }
        }
        assertTrue(AnalyzedText.of(analyzer, ArchiveSchema.BODY, TEXTS[0]).size() > 10);
    }

    @Test
    void archiveFromAnalyzedTokensHoldsTheSamePostings() throws IOException {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < TEXTS.length; i++) {
            if (!TEXTS[i].isBlank()) {
                articles.add(Article.of("src" + i, null, i % 2 == 0 ? TEXTS[(i + 1) % TEXTS.length] : null,
                        LocalDate.of(2015, 7, 1 + i), TEXTS[i], null));
            }
        }
        ArchiveLocation plain = new ArchiveLocation(dir.resolve("plain"));
        ArchiveLocation ahead = new ArchiveLocation(dir.resolve("ahead"));
        try (ArchiveWriter w = new ArchiveWriter(plain, 100, 30)) {
            for (Article a : articles) {
                w.add(a, "test");
            }
        }
        try (ArchiveWriter w = new ArchiveWriter(ahead, 100, 30)) {
            for (Article a : articles) {
                AnalyzedArticle analyzed = w.analyze(a);
                assertNotNull(analyzed.body());
                if (a.title() == null) {
                    assertNull(analyzed.title());
                }
                w.add(a, ArticleKeys.bodyKey(a.body()), "test", null, w.signatureOf(a.body()), analyzed);
            }
        }
        assertEquals(dump(plain), dump(ahead));
    }

    private static List<String> tokens(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        try (ts) {
            TermToBytesRefAttribute term = ts.getAttribute(TermToBytesRefAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.getBytesRef().utf8ToString() + " +" + inc.getPositionIncrement() + " [" + offset.startOffset()
                        + "," + offset.endOffset() + ")");
            }
            ts.end();
            out.add("end +" + inc.getPositionIncrement() + " @" + offset.endOffset());
        }
        return out;
    }

    /** Every term of title and body with, per article id, its positions and offsets; the norms; the stored texts. */
    private static List<String> dump(ArchiveLocation loc) throws IOException {
        List<String> out = new ArrayList<>();
        try (Directory d = loc.open(); DirectoryReader r = DirectoryReader.open(d)) {
            assertEquals(1, r.leaves().size());
            LeafReader leaf = r.leaves().get(0).reader();
            SortedDocValues ids = leaf.getSortedDocValues(ArchiveSchema.ID);
            String[] idOf = new String[leaf.maxDoc()];
            for (int doc = ids.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                idOf[doc] = ids.lookupOrd(ids.ordValue()).utf8ToString();
            }
            for (String field : new String[] {ArchiveSchema.TITLE, ArchiveSchema.BODY}) {
                Terms terms = leaf.terms(field);
                TermsEnum te = terms.iterator();
                PostingsEnum pe = null;
                for (BytesRef t = te.next(); t != null; t = te.next()) {
                    pe = te.postings(pe, PostingsEnum.ALL);
                    for (int doc = pe.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = pe.nextDoc()) {
                        StringBuilder sb = new StringBuilder(field + ":" + t.utf8ToString() + " " + idOf[doc] + " x" + pe.freq());
                        for (int k = 0; k < pe.freq(); k++) {
                            sb.append(' ').append(pe.nextPosition()).append('[').append(pe.startOffset()).append(',')
                                    .append(pe.endOffset()).append(')');
                        }
                        out.add(sb.toString());
                    }
                }
                NumericDocValues norms = leaf.getNormValues(field);
                for (int doc = norms.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = norms.nextDoc()) {
                    out.add("norm " + field + " " + idOf[doc] + " " + norms.longValue());
                }
            }
            for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                var stored = leaf.storedFields().document(doc);
                out.add("stored " + idOf[doc] + " " + stored.get(ArchiveSchema.TITLE) + " | " + stored.get(ArchiveSchema.BODY));
            }
        }
        out.sort(null);
        return out;
    }
}
