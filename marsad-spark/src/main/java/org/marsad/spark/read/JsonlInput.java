package org.marsad.spark.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * JSONL files (plain or .gz) as {@link InputRecord}s, split across tasks by Hadoop's text input
 * format. A rejected line must name its line number, but a split only knows its byte offset: a
 * first, cheap pass counts the lines of every split (no JSON parsing), and the reading pass
 * numbers each split's lines from the sum of the splits before it in the same file.
 */
public final class JsonlInput {
    /** Splits per core: small enough that one slow split does not leave the other cores idle. */
    private static final int SPLITS_PER_CORE = 4;
    private static final long MIN_SPLIT = 1 << 20;

    private JsonlInput() {}

    public static JavaRDD<InputRecord> read(JavaSparkContext sc, List<String> paths) {
        Configuration conf = new Configuration(sc.hadoopConfiguration());
        Listing listing = list(conf, paths);
        long total = listing.totalBytes();
        // Hadoop splits by block size (32 MB locally): a few thousand articles would be one task and use one core.
        long splitSize = Math.max(MIN_SPLIT, total / ((long) sc.defaultParallelism() * SPLITS_PER_CORE) + 1);
        conf.setLong(FileInputFormat.SPLIT_MAXSIZE, splitSize);
        @SuppressWarnings("unchecked")
        JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) sc.newAPIHadoopFile(
                String.join(",", paths), TextInputFormat.class, LongWritable.class, Text.class, conf);
        FileLayout layout = FileLayout.of(lines.mapPartitionsWithInputSplit((split, it) -> {
            long n = 0;
            long nul = 0;
            while (it.hasNext()) {
                Text line = it.next()._2();
                n++;
                if (nul == 0 && hasNul(line)) {
                    nul = n;
                }
            }
            FileSplit fs = (FileSplit) split;
            return List.of(new SplitStart(fs.getPath().toString(), fs.getStart(), n, nul)).iterator();
        }, true).collect());
        JavaRDD<InputRecord> records = lines.mapPartitionsWithInputSplit((split, it) -> {
            FileSplit fs = (FileSplit) split;
            String path = fs.getPath().toString();
            String file = FileNames.display(path);
            long first = layout.firstLine(path, fs.getStart());
            if (layout.isEmpty(path)) {
                // bytes but no line: a gzip file of nothing (a zero-byte file has no split at all)
                return List.of(InputRecord.rejected(file, 0, "empty file")).iterator();
            }
            long nulLine = layout.nulLine(path);
            if (nulLine > 0 && nulLine < first) {
                return Collections.emptyIterator(); // past the binary point: the rest of the file was rejected once
            }
            return new JsonlLines(it, file, first, nulLine);
        }, true);
        if (listing.emptyFiles().isEmpty()) {
            return records;
        }
        List<String> empty = listing.emptyFiles().stream().map(FileNames::display).toList();
        return records.union(sc.parallelize(empty, 1).map(f -> InputRecord.rejected(f, 0, "empty file")));
    }

    /** For each split (file@start), the number of its first line. */
    static Map<String, Long> firstLines(List<SplitStart> splits) {
        return FileLayout.of(splits).firstLines();
    }

    private static boolean hasNul(Text line) {
        byte[] b = line.getBytes();
        for (int i = 0, n = line.getLength(); i < n; i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** The bytes to read, and the zero-byte files (Spark drops their empty splits, so no task sees them). */
    private record Listing(long totalBytes, List<String> emptyFiles) {}

    private static Listing list(Configuration conf, List<String> paths) {
        long total = 0;
        List<String> empty = new ArrayList<>();
        try {
            for (String p : paths) {
                Path path = new Path(p);
                FileSystem fs = path.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(path);
                if (matches == null || matches.length == 0) {
                    throw new IllegalArgumentException(p + ": no such file");
                }
                for (FileStatus st : matches) {
                    // as FileInputFormat: a directory's own files, hidden ones (_SUCCESS, .crc) left out
                    FileStatus[] files = st.isDirectory() ? fs.listStatus(st.getPath(), JsonlInput::visible) : new FileStatus[] {st};
                    for (FileStatus f : files) {
                        total += f.getLen();
                        if (f.isFile() && f.getLen() == 0) {
                            empty.add(f.getPath().toString());
                        }
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot list the input: " + e.getMessage(), e);
        }
        return new Listing(total, empty);
    }

    private static boolean visible(Path p) {
        return !p.getName().startsWith("_") && !p.getName().startsWith(".");
    }
}
