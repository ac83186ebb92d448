package org.marsad.extract.ner;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class NerModelFileTest {
    private static byte[] header(String magic, int version) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream d = new DataOutputStream(new GZIPOutputStream(bytes))) {
            d.writeUTF(magic);
            d.writeInt(version);
            d.writeUTF("a header only");
        }
        return bytes.toByteArray();
    }

    @Test
    void aModelOfTheOlderFeatureSetIsRefusedWithAHint() throws IOException {
        byte[] old = header("marsad-ner", 3);
        IOException e = assertThrows(IOException.class, () -> NerModelFile.read(new ByteArrayInputStream(old), "old.bin.gz"));
        assertTrue(e.getMessage().startsWith("old.bin.gz: NER model format 3"), e.getMessage());
        assertTrue(e.getMessage().contains("marsad train ner"), e.getMessage());
    }

    @Test
    void aNewerFormatAndAForeignFileAreRefused() throws IOException {
        byte[] newer = header("marsad-ner", 99);
        IOException e = assertThrows(IOException.class, () -> NerModelFile.read(new ByteArrayInputStream(newer), "new.bin.gz"));
        assertTrue(e.getMessage().contains("format 99"), e.getMessage());
        byte[] foreign = header("something-else", 4);
        e = assertThrows(IOException.class, () -> NerModelFile.read(new ByteArrayInputStream(foreign), "x.gz"));
        assertTrue(e.getMessage().contains("not a marsad NER model"), e.getMessage());
    }
}
