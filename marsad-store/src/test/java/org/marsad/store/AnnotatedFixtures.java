package org.marsad.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.marsad.store.annotate.ArticleAnnotator;
import org.marsad.store.annotate.NameListTagger;
import org.marsad.store.article.Article;

/** Hand-written articles (not from any corpus) with people, places, organizations, quotes and figures. */
public final class AnnotatedFixtures {
    private AnnotatedFixtures() {}

    /** Egyptian spelling (ى for final ي), a reported and a direct quote by one person, a figure claimed by a ministry. */
    public static final Article TRUMP = Article.of("ahram", null, "ترامب والعراق", LocalDate.of(2020, 1, 5),
            "قال الرئيس الأمريكى دونالد ترامب إن القوات الأمريكية ستبقى فى العراق. وأضاف ترامب: «لن نغادر العراق قبل أن ننهى المهمة». "
                    + "وأعلنت وزارة الخارجية العراقية أن نحو 5000 جندي أمريكي ينتشرون في البلاد.", null);

    /** The prime minister speaks about the president; the president is only named, not quoted. */
    public static final Article BAGHDAD = Article.of("okaz", null, "بغداد ترد", LocalDate.of(2020, 1, 6),
            "أكد رئيس الوزراء العراقي عادل عبد المهدي أن بغداد ترفض بقاء القوات الأجنبية. "
                    + "وقال عبد المهدي: «إن ترامب لا يحترم سيادة العراق».", null);

    /** Organizations and a claimed percentage. */
    public static final Article BUDGET = Article.of("sabq", null, "الميزانية", LocalDate.of(2020, 1, 6),
            "قالت وزارة المالية إن العجز بلغ نحو 12% من الناتج المحلي. وأعلنت شركة أرامكو أن إنتاجها ارتفع خلال الربع الأخير.",
            null);

    public static final List<Article> ALL = List.of(TRUMP, BAGHDAD, BUDGET);

    /** The extractors over a fixed name list. */
    public static ArticleAnnotator annotator() {
        return new ArticleAnnotator(new NameListTagger(Map.of(
                "دونالد ترامب", "PER", "ترامب", "PER", "عادل عبد المهدي", "PER", "عبد المهدي", "PER",
                "العراق", "LOC", "بغداد", "LOC",
                "وزارة الخارجية العراقية", "ORG", "وزارة المالية", "ORG", "أرامكو", "ORG")));
    }
}
