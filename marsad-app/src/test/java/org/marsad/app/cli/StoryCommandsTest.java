package org.marsad.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** stories and copies through the real command line: JSONL input, a real archive, bad input. */
class StoryCommandsTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        CommandLine cl = MarsadCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static final String FIRE = "اندلع حريق في أحد مستودعات ميناء جدة الإسلامي فجر اليوم وباشرت فرق الدفاع المدني إطفاءه دون إصابات. "
            + "وقال المتحدث باسم الدفاع المدني إن الحريق شب في مستودع للمواد الغذائية وإن فرق الإطفاء سيطرت عليه خلال ساعتين.";

    @Test
    void storiesFromJsonlAndFromTheArchiveWithCopies() throws Exception {
        Path in = dir.resolve("news.jsonl");
        Files.writeString(in, String.join("\n",
                "{\"id\":\"f1\",\"source\":\"okaz\",\"title\":\"حريق في مستودع بميناء جدة الإسلامي\",\"body\":\"" + FIRE
                        + "\",\"published\":\"2015-08-01T08:00:00+03:00\"}",
                "{\"id\":\"f2\",\"source\":\"sabq\",\"title\":\"الدفاع المدني يخمد حريق ميناء جدة\",\"body\":\"جدة - واس\\n"
                        + FIRE + "\",\"published\":\"2015-08-01T10:00:00+03:00\"}",
                "{\"id\":\"m1\",\"source\":\"alriyadh\",\"title\":\"الهلال يفوز على النصر\",\"body\":\"فاز الهلال على النصر "
                        + "بهدفين مقابل هدف في مباراة الديربي على ملعب الملك فهد الدولي في الرياض.\",\"published\":\"2015-08-01\"}"));
        Run stories = run("stories", "--input", in.toString(), "--top", "1");
        assertEquals(0, stories.code(), stories.err());
        assertTrue(stories.out().startsWith("3 articles, 2 stories"), stories.out());
        assertTrue(stories.out().contains("2 articles, 2 sources (okaz, sabq)"), stories.out());
        assertTrue(stories.out().contains("timeline 2015-08-01:2"), stories.out());
        assertTrue(stories.out().contains("summary: اندلع حريق"), stories.out());

        String data = dir.resolve("data").toString();
        Run ingest = run("ingest", in.toString(), "--data", data);
        assertEquals(0, ingest.code(), ingest.err());
        assertTrue(ingest.out().contains("1 were linked as near-duplicates"), ingest.out());
        Run search = run("search", "حريق ميناء جدة", "--data", data);
        assertTrue(search.out().contains("+ 1 copy (marsad copies "), search.out());
        String id = search.out().replaceAll("(?s).*marsad copies ([0-9a-f]+)\\).*", "$1");
        Run copies = run("copies", id, "--data", data);
        assertTrue(copies.out().startsWith("1 other article(s)"), copies.out());
        Run fromArchive = run("stories", "--data", data, "--summary-words", "0");
        assertEquals(0, fromArchive.code(), fromArchive.err());
        assertTrue(fromArchive.out().startsWith("3 articles, 2 stories"), fromArchive.out());
    }

    @Test
    void summarizePrintsSentencesWithOffsetsIntoTheFile() throws Exception {
        Path f = dir.resolve("a.txt");
        String text = FIRE + "\nوافتتحت هيئة الأرصاد مبناها الجديد في الرياض.\nوأكد الدفاع المدني أن حريق ميناء جدة لم يسفر عن إصابات.";
        Files.writeString(f, text);
        Run r = run("summarize", f.toString(), "--words", "30");
        assertEquals(0, r.code(), r.err());
        String first = r.out().lines().findFirst().orElseThrow();
        int start = Integer.parseInt(first.substring(1, first.indexOf('-')));
        int end = Integer.parseInt(first.substring(first.indexOf('-') + 1, first.indexOf(']')));
        assertEquals(text.substring(start, end), first.substring(first.indexOf("] ") + 2));
        assertTrue(r.out().contains("(budget 30)"), r.out());
    }

    @Test
    void badInputIsNamedByFileLineAndField() throws Exception {
        Path in = dir.resolve("bad.jsonl");
        Files.writeString(in, "{\"id\":\"a\",\"title\":\"x\",\"body\":\"نص\",\"published\":\"2015-08-01\"}\n"
                + "{\"id\":\"b\",\"title\":\"y\",\"body\":\"نص\",\"published\":\"أمس\"}\n");
        Run r = run("stories", "--input", in.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bad.jsonl:2: field 'published'"), r.err());
        Files.writeString(in, "{\"id\":\"a\",\"title\":\"x\",\"published\":\"2015-08-01\"}\n");
        r = run("stories", "--input", in.toString());
        assertTrue(r.err().contains("bad.jsonl:1: missing field 'text'"), r.err());
        r = run("stories", "--data", dir.resolve("none").toString());
        assertTrue(r.err().contains("no archive at"), r.err());
    }
}
