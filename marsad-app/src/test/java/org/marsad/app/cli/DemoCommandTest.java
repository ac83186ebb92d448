package org.marsad.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.ingest.IngestTally;
import org.marsad.store.search.ArchiveSearcher;

class DemoCommandTest {
    @Test
    void firstRunIngestsTheDemoCorpusAndTheSecondFindsIt(@TempDir Path dir) throws Exception {
        IngestTally first = DemoCommand.prepare(dir);
        assertNotNull(first);
        assertTrue(first.ingested() >= 40, "ingested " + first.ingested());
        assertEquals(0, first.rejections().size(), first.rejections().toString());
        assertNull(DemoCommand.prepare(dir), "the second run does not ingest again");
        try (ArchiveSearcher s = new ArchiveSearcher(new ArchiveLocation(dir))) {
            assertTrue(s.search("الأمريكي", 10, false).totalHits() > 0);
        }
    }
}
