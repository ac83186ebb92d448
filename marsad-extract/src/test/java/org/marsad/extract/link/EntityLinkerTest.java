package org.marsad.extract.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.marsad.extract.doc.Doc;
import org.marsad.extract.pipeline.ListedEntities;
import org.junit.jupiter.api.Test;

class EntityLinkerTest {
    private static Doc run(String text, String... entities) {
        Doc d = new Doc(text, null);
        new EntityLinker(new ListedEntities(entities)).annotate(d);
        return d;
    }

    @Test
    void surnameLinksToTheFullNameWithTitleAsRole() {
        Doc d = run("قال الرئيس الأمريكى دونالد ترامب إن المحادثات جيدة. وأكد ترامب أن الاتفاق قريب.",
                "PER:دونالد ترامب", "PER:ترامب");
        assertEquals(1, d.entities().size());
        Entity e = d.entities().get(0);
        assertEquals("دونالد ترامب", e.canonical());
        assertEquals("الرئيس الأمريكى", e.role());
        assertEquals(2, e.mentions().size());
    }

    @Test
    void shortFormFirstThenFullNameStillLinks() {
        Doc d = run("التقى ماكرون أمس. وقال إيمانويل ماكرون إن فرنسا مستعدة.", "PER:إيمانويل ماكرون", "PER:ماكرون", "LOC:فرنسا");
        assertEquals(2, d.entities().size());
        assertEquals("إيمانويل ماكرون", d.entities().get(0).canonical());
    }

    @Test
    void organizationWithoutItsHeadNounLinks() {
        Doc d = run("أعلنت وزارة الخارجية الأمريكية أمس. وقالت الخارجية الأمريكية إن ...",
                "ORG:وزارة الخارجية الأمريكية", "ORG:الخارجية الأمريكية");
        assertEquals(1, d.entities().size());
        assertEquals("وزارة الخارجية الأمريكية", d.entities().get(0).canonical());
    }

    @Test
    void procliticsDoNotSplitAnEntityAndLeaveTheCanonicalName() {
        Doc d = run("زار الوفد العراق. وعاد الوفد من العراق ووصل للعراق والعراق.", "LOC:العراق", "LOC:للعراق", "LOC:والعراق");
        assertEquals(1, d.entities().size());
        assertEquals("العراق", d.entities().get(0).canonical());
        Doc w = run("وقال وترامب كتب. وكتب ترامب.", "PER:وترامب", "PER:ترامب");
        assertEquals(1, w.entities().size());
    }

    @Test
    void differentTypesOrNamesStayApart() {
        Doc d = run("التقى محمد علي بأحمد علي في مصر.", "PER:محمد علي", "PER:بأحمد علي", "LOC:مصر");
        assertEquals(3, d.entities().size());
    }

    @Test
    void roleAfterCommaAndNoRoleAcrossAVerb() {
        Doc d = run("وقال المتحدث باسم الوزارة، سامي يوسف، إن الأمر انتهى.", "PER:سامي يوسف");
        assertEquals("المتحدث باسم الوزارة", d.entities().get(0).role());
        Doc n = run("قال محمد صلاح إنه سعيد.", "PER:محمد صلاح");
        assertNull(n.entities().get(0).role());
        Doc v = run("والرئيس عبد الفتاح السيسي افتتح المشروع.", "PER:عبد الفتاح السيسي");
        assertEquals("الرئيس", v.entities().get(0).role());
    }

    @Test
    void prepositionAttachedToANameStillLinksAndRoleAfterTheName() {
        Doc d = run("وصل الوفد إلى بغداد أمس. وقال في مؤتمر ببغداد إن ...", "LOC:بغداد", "LOC:ببغداد");
        assertEquals(1, d.entities().size());
        assertEquals("بغداد", d.entities().get(0).canonical());
        Doc r = run("قال د. سامي يوسف، المتحدث باسم الوزارة، إن الأرقام مطمئنة.", "PER:سامي يوسف");
        assertEquals("المتحدث باسم الوزارة", r.entities().get(0).role());
    }
}
