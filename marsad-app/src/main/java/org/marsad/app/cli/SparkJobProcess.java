package org.marsad.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the Spark batch job (marsad-spark's {@code BatchJob}) in a child JVM, so Spark never enters
 * marsad.jar: the classpath is the one marsad-spark's build writes to
 * {@code marsad-spark/target/batch-classpath.txt}, found through the {@code marsad.home} property
 * that {@code ./marsad} sets. The child inherits standard input and output.
 */
final class SparkJobProcess {
    static final String MAIN = "org.marsad.spark.job.BatchJob";

    /**
     * No --add-opens: Spark 4.2.0 on Java 25 ran this job (JSONL and Parquet in and out, cached
     * rows) without any; the list spark-submit adds (java.lang, java.nio, sun.nio.ch, java.util...)
     * goes in here if a code path we do not use locally needs it.
     */
    static final List<String> JVM_OPENS = List.of();

    private SparkJobProcess() {}

    /** Runs the job with {@code args} and returns its exit code. */
    static int run(List<String> args) {
        List<String> cmd = command(args);
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
            // local mode: Spark binds to the loopback address instead of warning that the host name resolves to it
            pb.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
            Process p = pb.start();
            try {
                return p.waitFor();
            } catch (InterruptedException e) {
                p.destroy();
                Thread.currentThread().interrupt();
                throw new UserException("interrupted; the Spark job was stopped");
            }
        } catch (IOException e) {
            throw new UserException("cannot start the Spark job (" + cmd.get(0) + "): " + e.getMessage(), e);
        }
    }

    static List<String> command(List<String> args) {
        Path spark = sparkModule();
        Path cpFile = spark.resolve("target/batch-classpath.txt");
        Path classes = spark.resolve("target/classes");
        if (!Files.isRegularFile(cpFile) || !Files.isDirectory(classes)) {
            throw new UserException("the Spark module is not built (" + cpFile + " missing): run `mvn -B -ntp -DskipTests package` in "
                    + spark.getParent() + " (./marsad does it when sources change)");
        }
        String deps;
        try {
            deps = Files.readString(cpFile, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UserException(cpFile + ": cannot read: " + e.getMessage(), e);
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + (Runtime.getRuntime().maxMemory() >> 20) + "m");
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.addAll(JVM_OPENS);
        cmd.add("--enable-native-access=ALL-UNNAMED");
        if (Runtime.version().feature() >= 24) {
            // Spark 4.2 and Arrow still use sun.misc.Unsafe; without this every run starts with four lines of warnings
            cmd.add("--sun-misc-unsafe-memory-access=allow");
        }
        cmd.add("-Dlog4j2.configurationFile=org/marsad/spark/log4j2-batch.properties");
        cmd.add("-cp");
        cmd.add(classes + java.io.File.pathSeparator + deps);
        cmd.add(MAIN);
        cmd.addAll(args);
        return cmd;
    }

    private static Path sparkModule() {
        String home = System.getProperty("marsad.home");
        if (home == null) {
            throw new UserException("Spark runs from a marsad checkout: start marsad with ./marsad (which sets -Dmarsad.home)");
        }
        return Path.of(home, "marsad-spark");
    }
}
