package org.marsad.store.ingest;

import java.nio.file.Path;

/** Told how an ingest run advances; the CLI draws a bar on a terminal and prints lines otherwise. */
public interface IngestProgress {
    /** Called at most every few hundred milliseconds, and once when a file starts. */
    void update(IngestTally tally, long bytesDone, long bytesTotal, Path currentFile);

    /** Called once at the end. */
    void done(IngestTally tally, long bytesTotal);

    IngestProgress NONE = new IngestProgress() {
        @Override
        public void update(IngestTally tally, long bytesDone, long bytesTotal, Path currentFile) {}

        @Override
        public void done(IngestTally tally, long bytesTotal) {}
    };
}
