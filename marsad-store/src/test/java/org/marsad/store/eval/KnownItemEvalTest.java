package org.marsad.store.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.text.lucene.ArabicNewsAnalyzer;

class KnownItemEvalTest {
    @TempDir
    Path dir;

    @Test
    void findsEachArticleByItsHeadlineAndCountsSharedBodiesAsOne() throws Exception {
        KnownItemEval eval = new KnownItemEval();
        assertTrue(eval.add("ارتفاع أسعار النفط عالمياً", "ارتفعت أسعار النفط في الأسواق العالمية اليوم بنسبة كبيرة."));
        assertTrue(eval.add("فوز الهلال على النصر", "فاز فريق الهلال على النصر بهدفين في مباراة الدوري."));
        assertTrue(eval.add("افتتاح مستشفى جديد بجدة", "افتتح أمير المنطقة مستشفى جديداً في مدينة جدة."));
        // the same body under another headline: either article answers either headline
        assertTrue(eval.add("الهلال يهزم النصر بهدفين", "فاز فريق الهلال على النصر بهدفين في مباراة الدوري."));
        assertFalse(eval.add("عاجل", "نص قصير"), "near-empty headline");
        assertFalse(eval.add("عنوان بلا نص هنا", " "), "empty body");

        Map<String, Supplier<Analyzer>> analyzers = new LinkedHashMap<>();
        analyzers.put("ours", ArabicNewsAnalyzer::new);
        analyzers.put("stock", ArabicAnalyzer::new);
        KnownItemEval.Report r = eval.run(analyzers, 100, 1, dir, m -> {});
        assertEquals(4, r.articles());
        assertEquals(2, r.skipped());
        assertEquals(1, r.duplicateBodies());
        for (KnownItemEval.Result x : r.results()) {
            assertEquals(4, x.clean().queries());
            assertEquals(1.0, x.clean().recall10(), x.analyzer());
            assertTrue(x.clean().mrr10() > 0.5, x.analyzer() + " " + x.clean());
        }
    }
}
