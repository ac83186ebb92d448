package org.marsad.spark.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
        long total = totalBytes(conf, paths);
        // Hadoop splits by block size (32 MB locally): a few thousand articles would be one task and use one core.
        long splitSize = Math.max(MIN_SPLIT, total / ((long) sc.defaultParallelism() * SPLITS_PER_CORE) + 1);
        conf.setLong(FileInputFormat.SPLIT_MAXSIZE, splitSize);
        @SuppressWarnings("unchecked")
        JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) sc.newAPIHadoopFile(
                String.join(",", paths), TextInputFormat.class, LongWritable.class, Text.class, conf);
        Map<String, Long> firstLines = firstLines(lines.mapPartitionsWithInputSplit((split, it) -> {
            long n = 0;
            while (it.hasNext()) {
                it.next();
                n++;
            }
            FileSplit fs = (FileSplit) split;
            return List.of(new SplitStart(fs.getPath().toString(), fs.getStart(), n)).iterator();
        }, true).collect());
        return lines.mapPartitionsWithInputSplit((split, it) -> {
            FileSplit fs = (FileSplit) split;
            String path = fs.getPath().toString();
            long first = firstLines.get(new SplitStart(path, fs.getStart(), 0).key());
            return new JsonlLines(it, FileNames.display(path), first);
        }, true);
    }

    /** For each split (file@start), the number of its first line. */
    static Map<String, Long> firstLines(List<SplitStart> splits) {
        List<SplitStart> sorted = new ArrayList<>(splits);
        sorted.sort((a, b) -> a.file().equals(b.file()) ? Long.compare(a.start(), b.start()) : a.file().compareTo(b.file()));
        Map<String, Long> first = new HashMap<>();
        String file = null;
        long next = 1;
        for (SplitStart s : sorted) {
            if (!s.file().equals(file)) {
                file = s.file();
                next = 1;
            }
            first.put(s.key(), next);
            next += s.lines();
        }
        return Collections.unmodifiableMap(first);
    }

    private static long totalBytes(Configuration conf, List<String> paths) {
        long total = 0;
        try {
            for (String p : paths) {
                Path path = new Path(p);
                FileSystem fs = path.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(path);
                if (matches == null || matches.length == 0) {
                    throw new IllegalArgumentException(p + ": no such file");
                }
                for (FileStatus st : matches) {
                    total += st.isDirectory() ? fs.getContentSummary(st.getPath()).getLength() : st.getLen();
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot list the input: " + e.getMessage(), e);
        }
        return total;
    }
}
