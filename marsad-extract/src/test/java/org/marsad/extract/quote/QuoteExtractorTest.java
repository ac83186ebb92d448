package org.marsad.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.marsad.extract.doc.Doc;
import org.marsad.extract.pipeline.Extractor;
import org.marsad.extract.pipeline.ListedEntities;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {
    private static Doc run(String text, String... entities) {
        return new Extractor(new ListedEntities(entities)).extract(text, null);
    }

    private static String speaker(Doc d, Quote q) {
        return q.speaker() == null ? null : q.speaker().canonical();
    }

    @Test
    void directQuoteAfterColonTakesTheNamedSpeaker() {
        Doc d = run("وقال وزير الخارجية سامح شكري: «نرفض أي تدخل في شؤوننا».", "PER:سامح شكري");
        assertEquals(1, d.quotes().size());
        Quote q = d.quotes().get(0);
        assertEquals("نرفض أي تدخل في شؤوننا", q.text(d.text()));
        assertTrue(q.direct());
        assertEquals("وقال", q.cue(d.text()));
        assertEquals("سامح شكري", speaker(d, q));
    }

    @Test
    void reportedSpeechWithInnaRunsToTheSentenceEnd() {
        Doc d = run("قال الرئيس إن الحكومة ستخفض الأسعار. وانتهى الاجتماع.");
        Quote q = d.quotes().get(0);
        assertFalse(q.direct());
        assertEquals("الحكومة ستخفض الأسعار", q.text(d.text()));
        assertEquals("الرئيس", speaker(d, q));
    }

    @Test
    void egyptianSpellingAndHamzalessComplementizerStillCue() {
        Doc d = run("واكد المتحدث باسم الوزارة ان المستشفى استقبل المصابين.");
        assertEquals(1, d.quotes().size());
        assertEquals("المستشفى استقبل المصابين", d.quotes().get(0).text(d.text()));
        assertEquals("المتحدث باسم الوزارة", speaker(d, d.quotes().get(0)));
    }

    @Test
    void nounPhraseSpeakerStopsBeforeWhereItWasSaid() {
        Doc d = run("وقال مصدر مسؤول في الوزارة لـ\"الأهرام\" إن الاجتماع تأجل.");
        assertEquals(1, d.quotes().size(), "the quoted outlet name is not a quotation");
        assertEquals("مصدر مسؤول", speaker(d, d.quotes().get(0)));
    }

    @Test
    void continuationTakesTheLastSpeakerOfTheSameGender() {
        Doc d = run("وقالت الوزيرة هالة زايد إن اللقاح آمن.\nوقال الطبيب أحمد علي إن الإقبال كبير.\nوأضافت: «سنوسع الحملة».",
                "PER:هالة زايد", "PER:أحمد علي");
        assertEquals(3, d.quotes().size());
        assertEquals("هالة زايد", speaker(d, d.quotes().get(2)), "feminine أضافت skips the masculine speaker");
        assertEquals("أحمد علي", speaker(d, d.quotes().get(1)));
    }

    @Test
    void continuationWithoutAnyEarlierSpeakerStaysNull() {
        Doc d = run("وأضاف: «لن نتراجع عن قرارنا أبدا».");
        assertEquals(1, d.quotes().size());
        assertNull(d.quotes().get(0).speaker());
    }

    @Test
    void participleContinuesTheCurrentSpeaker() {
        Doc d = run("وقال محمد معيط إن العجز تراجع، مضيفا أن الإيرادات ارتفعت.", "PER:محمد معيط");
        List<Quote> qs = d.quotes();
        assertEquals(2, qs.size());
        assertEquals("العجز تراجع", qs.get(0).text(d.text()));
        assertEquals("الإيرادات ارتفعت", qs.get(1).text(d.text()));
        assertEquals("مضيفا", qs.get(1).cue(d.text()));
        assertEquals("محمد معيط", speaker(d, qs.get(1)));
    }

    @Test
    void cueAfterTheQuoteNamesTheSpeaker() {
        Doc d = run("«السياحة هي مستقبل اقتصادنا»، قال الوزير خالد الفالح.", "PER:خالد الفالح");
        assertEquals(1, d.quotes().size());
        assertEquals("خالد الفالح", speaker(d, d.quotes().get(0)));
    }

    @Test
    void longQuotationWithoutCueHasNullSpeakerAndShortOneIsAName() {
        Doc d = run("«لن نقبل بأي اتفاق لا يضمن حقوقنا».\nوشاركت حركة «حماس» في المفاوضات.");
        assertEquals(1, d.quotes().size());
        assertNull(d.quotes().get(0).speaker());
        assertNull(d.quotes().get(0).cue(d.text()));
    }

    @Test
    void singleQuotesAndPrepositionCues() {
        Doc d = run("وقال الخبير: 'الأسعار سترتفع قريبا'.\nوأشار الخبير إلى أن الطلب يتزايد.\nوأعرب الوزير عن أمله في التوصل لاتفاق.");
        assertEquals(3, d.quotes().size());
        assertEquals("الأسعار سترتفع قريبا", d.quotes().get(0).text(d.text()));
        assertEquals("الطلب يتزايد", d.quotes().get(1).text(d.text()));
        assertEquals("الخبير", speaker(d, d.quotes().get(1)));
        assertEquals("أمله في التوصل لاتفاق", d.quotes().get(2).text(d.text()));
        assertEquals("الوزير", speaker(d, d.quotes().get(2)));
    }

    @Test
    void apposedNameAfterTitleIsTheSpeaker() {
        Doc d = run("وقالت المتحدثة باسم الوزارة، سامية يوسف، إن الأرقام دقيقة.", "PER:سامية يوسف");
        assertEquals("سامية يوسف", speaker(d, d.quotes().get(0)));
        assertEquals("المتحدثة باسم الوزارة", d.entities().get(0).role());
    }

    @Test
    void entityBeforeTheVerbSpeaksInSubjectFirstOrder() {
        Doc d = run("وزارة الصحة أكدت أن الوضع مستقر.", "ORG:وزارة الصحة");
        assertEquals("وزارة الصحة", speaker(d, d.quotes().get(0)));
        Doc k = run("وكانت وزارة المالية أعلنت أن العجز تراجع.");
        assertEquals("وزارة المالية", speaker(k, k.quotes().get(0)));
    }

    @Test
    void nothingWithoutSpeechIsAQuote() {
        Doc d = run("قال تعالى في كتابه. وزار الوفد المدينة أمس.");
        assertTrue(d.quotes().isEmpty());
    }

    @Test
    void impersonalNotesAndPronounsAreNotSpeakers() {
        Doc d = run("وقال محمد علي إن الوضع هادئ.\nيذكر أن المدينة شهدت اشتباكات.", "PER:محمد علي");
        assertEquals(1, d.quotes().size(), "«يذكر أن» is impersonal");
        Doc f = run("وأصدر الجيش بيانا قال فيه مسؤول أمني إن الطريق آمن.");
        assertEquals("مسؤول أمني", speaker(f, f.quotes().get(0)));
    }

    @Test
    void organizationInsideARolePhraseLeavesThePhraseAsSpeaker() {
        Doc d = run("وقالت ممثلة منظمة الصحة العالمية في العراق إن اللقاحات وصلت.\nوقالت منظمة الصحة العالمية إن الوضع مستقر.",
                "ORG:منظمة الصحة العالمية", "LOC:العراق");
        assertEquals("ممثلة منظمة الصحة العالمية", speaker(d, d.quotes().get(0)));
        assertEquals(-1, d.quotes().get(0).speaker().entity());
        assertEquals("منظمة الصحة العالمية", speaker(d, d.quotes().get(1)));
    }

    @Test
    void longSpeakerPhraseBeforeTheColon() {
        Doc d = run("وقال رئيس الشركة الشيخ أحمد بن سعيد آل مكتوم في بيان أمس: «حققنا نتائج قياسية».",
                "PER:أحمد بن سعيد آل مكتوم");
        assertEquals(1, d.quotes().size());
        assertEquals("أحمد بن سعيد آل مكتوم", speaker(d, d.quotes().get(0)));
    }

    @Test
    void qaailanIntroducesTheSameSpeaker() {
        Doc d = run("وتحدث المدرب حسام حسن عن المباراة.\nوقال حسام حسن إن الفريق جاهز، واستطرد قائلاً: «سنلعب للفوز».",
                "PER:حسام حسن");
        Quote last = d.quotes().get(d.quotes().size() - 1);
        assertEquals("سنلعب للفوز", last.text(d.text()));
        assertEquals("قائلاً", last.cue(d.text()));
        assertEquals("حسام حسن", speaker(d, last));
    }

    @Test
    void abbreviatedTitleDateWordsAndAnotherSpeakersClause() {
        Doc d = run("قال د. سامي يوسف، المتحدث باسم الوزارة، إن «الأرقام الأخيرة مطمئنة».", "PER:سامي يوسف");
        assertEquals(1, d.quotes().size());
        assertEquals("سامي يوسف", speaker(d, d.quotes().get(0)));
        Doc k = run("وكانت الوزارة أعلنت الأسبوع الماضي أن العجز بلغ 12%، فيما حذر خبراء من أن الأسعار سترتفع.");
        assertEquals(2, k.quotes().size());
        assertEquals("الوزارة", speaker(k, k.quotes().get(0)));
        assertEquals("العجز بلغ 12%", k.quotes().get(0).text(k.text()));
        assertEquals("خبراء", speaker(k, k.quotes().get(1)));
    }

    @Test
    void speakerPhrasesEndBeforeTimeAdverbsAndVerbsAndOwnWordsContinue() {
        Doc d = run("وقالت الأكاديمية السويدية مطلع الشهر إن الجائزة لن تمنح.\nوأكد أعضاء برلمان ينتمون إلى المحافظة أن الوضع خطير.");
        assertEquals("الأكاديمية السويدية", speaker(d, d.quotes().get(0)));
        assertEquals("أعضاء برلمان", speaker(d, d.quotes().get(1)));
        Doc o = run("وقالت الفنانة سلاف فواخرجي إن العمل صعب.\n«المشاهد مشتاق لهذا النوع من الكوميديا»، حسب تعبيرها.",
                "PER:سلاف فواخرجي");
        assertEquals("سلاف فواخرجي", speaker(o, o.quotes().get(1)));
    }

    @Test
    void shortQuotedNameAfterInnaIsReportedSpeech() {
        Doc d = run("وأكد محمد عادل إمام أن «إنستغرام» ساعد الفيلم كثيرا في العيد.", "PER:محمد عادل إمام");
        assertEquals(1, d.quotes().size());
        assertFalse(d.quotes().get(0).direct());
        assertEquals("«إنستغرام» ساعد الفيلم كثيرا في العيد", d.quotes().get(0).text(d.text()));
        Doc n = run("ويطلق عليها «أرض الآباء»، حسب المؤرخين.");
        assertTrue(n.quotes().isEmpty(), "a two-word name with an attribution after it is not a quotation");
    }

    @Test
    void abbreviationInParenthesesIsPartOfTheSpeakerNotACue() {
        // «آفاد» folds to «افاد», the verb «أفاد»; in parentheses it is the agency's abbreviation
        Doc d = run("وقالت هيئة إدارة الكوارث والطوارئ التركية (آفاد) إن مركز الزلزال كان على عمق ٩ كيلومترات.");
        assertEquals(1, d.quotes().size());
        Quote q = d.quotes().get(0);
        assertEquals("وقالت", q.cue(d.text()));
        assertEquals("مركز الزلزال كان على عمق ٩ كيلومترات", q.text(d.text()));
        assertEquals("هيئة إدارة الكوارث والطوارئ التركية", speaker(d, q));
    }
}
