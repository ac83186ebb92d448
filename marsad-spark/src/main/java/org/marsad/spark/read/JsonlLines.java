package org.marsad.spark.read;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.marsad.store.read.BadInputException;
import org.marsad.store.read.JsonArticle;
import scala.Tuple2;

/**
 * The lines of one split of a JSONL file as {@link InputRecord}s, numbered from the split's first
 * line. Blank lines are skipped (but counted), and a binary file is rejected once at its first NUL
 * byte, as {@code marsad ingest} does; the JSON mapping and
 * the reasons for rejecting a line are marsad-store's ({@link JsonArticle}).
 */
final class JsonlLines implements Iterator<InputRecord> {
    /** As marsad-store's JSONL reader: one article never needs more; a longer line is a broken dump. */
    static final int MAX_LINE = 16 << 20;

    private final Iterator<Tuple2<LongWritable, Text>> lines;
    private final String file;
    private final String fallbackSource;
    /** The line of the file's first NUL byte (0: none): it is rejected for the whole rest of the file. */
    private final long nulLine;
    private long lineNo;
    private boolean done;
    private InputRecord next;

    JsonlLines(Iterator<Tuple2<LongWritable, Text>> lines, String file, long firstLine, long nulLine) {
        this.lines = lines;
        this.nulLine = nulLine;
        this.file = file;
        this.fallbackSource = JsonArticle.fileSource(FileNames.baseName(file));
        this.lineNo = firstLine - 1;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done && lines.hasNext()) {
            Tuple2<LongWritable, Text> t = lines.next();
            lineNo++;
            if (lineNo == nulLine) {
                done = true;
                next = InputRecord.rejected(file, lineNo, "binary content (NUL byte), not JSON lines; rest of file skipped");
            } else {
                next = record(t._1().get(), t._2());
            }
        }
        return next != null;
    }

    @Override
    public InputRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        InputRecord r = next;
        next = null;
        return r;
    }

    private InputRecord record(long offset, Text line) {
        byte[] b = line.getBytes();
        int len = line.getLength();
        int off = 0;
        if (offset == 0 && len >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            off = 3; // a UTF-8 byte order mark
        }
        if (len > MAX_LINE) {
            return InputRecord.rejected(file, lineNo, "line longer than " + (MAX_LINE >> 20) + " MB, skipped");
        }
        if (isBlank(b, off, len)) {
            return null;
        }
        try {
            return InputRecord.read(file, lineNo, JsonArticle.parse(b, off, len - off, fallbackSource));
        } catch (BadInputException e) {
            return InputRecord.rejected(file, lineNo, e.getMessage());
        }
    }

    private static boolean isBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }
}
