package org.marsad.text.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.marsad.text.RandomNewsText;

/**
 * Pins {@link ArabicTokenizer}'s output so speed work cannot change it: spelled out on one text,
 * and as a checksum of every token (start, end, type) of thousands of seeded random texts. A
 * deliberate rule change updates {@link #RANDOM_CHECKSUM} (print the new value from the failure).
 */
class ArabicTokenizerPinnedTest {
    static final long RANDOM_CHECKSUM = 674886296L;

    @Test
    void spelledOut() {
        String text = "قال «الوزير»: بلغ ١٢٫٥% في 2024... #عاصي_الحلاني http://a.b/c، ـ ً x@y.org \uD83D\uDE00!";
        StringBuilder sb = new StringBuilder();
        for (Token t : ArabicTokenizer.tokenize(text)) {
            sb.append(t.text(text)).append('|').append(t.start()).append('-').append(t.end()).append('|')
                    .append(t.type()).append('\n');
        }
        assertEquals(String.join("\n", List.of(
                "قال|0-3|ARABIC", "«|4-5|PUNCT", "الوزير|5-11|ARABIC", "»|11-12|PUNCT", ":|12-13|PUNCT",
                "بلغ|14-17|ARABIC", "١٢٫٥%|18-23|NUMBER", "في|24-26|ARABIC", "2024|27-31|NUMBER", "...|31-34|PUNCT",
                "#عاصي_الحلاني|35-48|HASHTAG", "http://a.b/c|49-61|URL", "،|61-62|PUNCT", "x@y.org|67-74|EMAIL",
                "\uD83D\uDE00|75-77|SYMBOL", "!|77-78|PUNCT")) + "\n", sb.toString());
    }

    @Test
    void randomTextsChecksum() {
        Random random = new Random(7L);
        CRC32 crc = new CRC32();
        ArabicTokenizer tokenizer = new ArabicTokenizer();
        for (int i = 0; i < 5000; i++) {
            String text = RandomNewsText.next(random);
            tokenizer.reset(text);
            while (tokenizer.next()) {
                crc.update(tokenizer.start());
                crc.update(tokenizer.end() - tokenizer.start());
                crc.update(tokenizer.type().ordinal());
            }
            crc.update(255);
        }
        assertEquals(RANDOM_CHECKSUM, crc.getValue());
    }
}
