package org.marsad.text.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.text.lucene.ArabicNewsAnalyzer;
import org.marsad.text.tokenize.ArabicTokenizer;

class ArticleTextsTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsAnyText() throws IOException {
        List<String> texts = List.of("قال الوزير:\n«سنرفع الإنتاج»\r\n", "", "12\n34", "\uD83D\uDE00 emoji\n\n", "x");
        Path file = dir.resolve("texts.txt");
        ArticleTexts.write(file, texts);
        assertArrayEquals(texts.toArray(new String[0]), ArticleTexts.read(file));
    }

    @Test
    void namesTheBrokenRecord() throws IOException {
        Path file = dir.resolve("broken.txt");
        Files.writeString(file, ArticleTexts.HEADER + "\n3\nabc\n10\nshort\n", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> ArticleTexts.read(file));
        assertTrue(e.getMessage().contains("article 2"), e.getMessage());
        Files.writeString(file, "something else\n", StandardCharsets.UTF_8);
        e = assertThrows(IOException.class, () -> ArticleTexts.read(file));
        assertTrue(e.getMessage().contains(ArticleTexts.HEADER), e.getMessage());
        Files.writeString(file, ArticleTexts.HEADER + "\nabc\n", StandardCharsets.UTF_8);
        e = assertThrows(IOException.class, () -> ArticleTexts.read(file));
        assertTrue(e.getMessage().contains("article 1: bad length"), e.getMessage());
    }

    @Test
    void passesCountWhatTheStreamsEmit() {
        String[] texts = {"قال وزير النفط العراقى فى بغداد: «سنرفع الإنتاج».", "G20 و5G 12,500%"};
        try (ArabicNewsAnalyzer analyzer = new ArabicNewsAnalyzer()) {
            // قال وزير نفط عراقي بغداد نرفع انتاج (فى dropped); g20 و(dropped) 5g 12500
            assertEquals(10, AnalysisPasses.analyze(analyzer, texts));
        }
        // the tokenizer alone keeps stop words and punctuation: 8 words + 4 marks, then 4 tokens
        assertEquals(16, AnalysisPasses.tokenize(new ArabicTokenizer(), texts));
    }
}
