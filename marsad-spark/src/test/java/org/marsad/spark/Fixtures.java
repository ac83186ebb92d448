package org.marsad.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Test articles written for these tests (no shared data): reported speech, figures, dates and
 * names in several spellings, under the field names of different dumps; and bad records.
 */
final class Fixtures {
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String[] TEXTS = {
        "وقال وزير النفط العراقى جبار اللعيبى فى بغداد: «سنرفع الإنتاج خلال الربع المقبل»، وأشار إلى أن العجز بلغ نحو 12% من الناتج المحلى.",
        "أعلنت وزارة المالية السعودية أمس أن الإيرادات غير النفطية بلغت 166 مليار ريال خلال عام 2017، بزيادة قدرها 6 في المئة.",
        "أكد الرئيس عبد الفتاح السيسي يوم الثلاثاء الماضي أن مصر ماضية في تنفيذ برنامج الإصلاح الاقتصادي، "
                + "وقال إن معدل النمو سيصل إلى 5.5% في العام المالي المقبل.",
        "ذكرت وكالة الأنباء الكويتية (كونا) أن أمير الكويت الشيخ صباح الأحمد الجابر الصباح استقبل في قصر بيان "
                + "وزير الخارجية الأمريكي ريكس تيلرسون، وبحث معه تطورات الأزمة الخليجية.",
        "صرح المتحدث باسم الجيش: \"لن نسمح بأي تهديد لأمن الحدود\"، مضيفا أن القوات ضبطت 300 كيلوغرام من المخدرات في 15 مارس 2018.",
        "ارتفعت أسعار الذهب بنسبة 1.2% لتصل إلى 1340 دولارا للأوقية، بحسب ما أفاد به تجار في سوق دبي يوم الأحد.",
        "Reuters reported that the talks in Geneva ended without agreement.\nوأضاف المبعوث الأممي أن الجولة المقبلة ستعقد بعد أسبوعين.",
        "قالت منظمة الصحة العالمية إن عدد الإصابات تجاوز ثلاثة آلاف حالة، وإن نحو 40 في المائة منها سجلت في المحافظات الجنوبية.",
    };

    private Fixtures() {}

    /** The lines of a JSONL fixture: the good articles under varied field names, mixed with bad records. */
    static List<String> jsonlLines() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < TEXTS.length; i++) {
            ObjectNode o = JSON.createObjectNode();
            switch (i % 3) {
                case 0 -> o.put("title", "خبر " + i).put("text", TEXTS[i]).put("date", "2018-03-0" + (i + 1)).put("source", "ahram");
                case 1 -> o.put("headline", "عنوان " + i).put("content", "  " + TEXTS[i] + "\n").put("published", "2015-07-21 02:51:32")
                        .put("src", "spa").put("url", "https://example.org/a/" + i).put("author", "محرر");
                default -> o.put("body", TEXTS[i]).put("time", "Sun, 18 Feb 2018 21:35:43 +0400").putObject("extra").put("x", 1);
            }
            lines.add(write(o));
            if (i == 1) {
                lines.add("{\"title\": \"broken\", \"text\": \"نص");          // malformed JSON
            }
            if (i == 3) {
                lines.add("{\"title\": \"عنوان بلا نص\", \"source\": \"x\"}");    // no text field
                lines.add("");                                                   // blank: skipped, not a reject
            }
            if (i == 5) {
                lines.add("[1, 2, 3]");                                          // not an object
                lines.add("{\"text\": \"   \"}");                                // empty text
            }
        }
        return lines;
    }

    private static String write(ObjectNode o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
