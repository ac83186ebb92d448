package org.marsad.store.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TxtReaderTest {
    static final String TEXT = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة جدة، بسعة ٣٠٠ سرير.";

    @TempDir
    Path dir;

    private CollectingSink read(String name, byte[] bytes) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("okaz"));
        Path f = folder.resolve(name);
        Files.write(f, bytes);
        CollectingSink sink = new CollectingSink();
        new TxtReader().read(f, sink);
        return sink;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void utf8WithoutBom() throws Exception {
        CollectingSink s = read("a.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, s.articles.size());
        assertEquals(TEXT, s.articles.get(0).body());
        assertEquals("okaz", s.articles.get(0).source());
        assertNull(s.articles.get(0).title());
    }

    @Test
    void utf8WithBomLosesTheBom() throws Exception {
        CollectingSink s = read("a.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8)));
        assertEquals(TEXT, s.articles.get(0).body());
    }

    @Test
    void utf16LittleAndBigEndianWithBom() throws Exception {
        CollectingSink le = read("le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)));
        CollectingSink be = read("be.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(TEXT, le.articles.get(0).body());
        assertEquals(TEXT, be.articles.get(0).body());
    }

    @Test
    void windows1256IsDetected() throws Exception {
        // cp1256 has no Arabic-Indic digits; older sites wrote Western digits
        String text = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة جدة، بسعة 300 سرير.";
        CollectingSink s = read("old.txt", text.getBytes(Charset.forName("windows-1256")));
        assertEquals(0, s.rejections.size(), s.rejections::toString);
        assertEquals(text, s.articles.get(0).body());
    }

    @Test
    void latin1GarbageIsRejectedNotMisread() throws Exception {
        CollectingSink s = read("latin.txt", "Café crème brûlée à la carte, déjà vu".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(0, s.articles.size());
        assertTrue(s.rejections.get(0).reason().startsWith("cannot decode"), s.rejections.get(0).reason());
    }

    @Test
    void emptyAndBlankFilesAreRejected() throws Exception {
        assertEquals("empty file", read("e.txt", new byte[0]).rejections.get(0).reason());
        assertTrue(read("b.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8)).rejections.get(0).reason().contains("whitespace"));
    }

    @Test
    void binaryFileIsRejected() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        CollectingSink s = read("image.txt", png);
        assertEquals(0, s.articles.size());
        assertTrue(s.rejections.get(0).reason().startsWith("binary content"), s.rejections.get(0).reason());
    }

    @Test
    void twoHundredMegabyteFileIsRejectedWithoutReadingIt() throws Exception {
        Path f = Files.createDirectories(dir.resolve("big")).resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(200L << 20); // sparse: no disk used
        }
        CollectingSink s = new CollectingSink();
        new TxtReader().read(f, s);
        assertEquals(0, s.articles.size());
        assertTrue(s.rejections.get(0).reason().startsWith("file too large for one article (209.7 MB"), s.rejections.get(0).reason());
    }
}
