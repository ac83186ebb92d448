package org.marsad.spark.job;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The SparkSession of a batch run; in local mode quiet (no UI, no progress bar, WARN logs). */
public final class SparkSessions {
    private SparkSessions() {}

    /** {@code master} null: the one spark-submit set, else all local cores. */
    public static SparkSession create(String appName, String master) {
        SparkConf conf = new SparkConf().setAppName(appName);
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            // several runs on one machine must not fight for port 4040, and the summary line is the progress report
            conf.set("spark.ui.enabled", "false");
            conf.set("spark.ui.showConsoleProgress", "false");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }
}
