package org.marsad.spark.read;

import java.net.URI;

/** How an input file is named in outputs: a plain path for local files, the full URI elsewhere (hdfs://, s3a://). */
public final class FileNames {
    private FileNames() {}

    public static String display(String hadoopPath) {
        try {
            URI u = new URI(hadoopPath);
            return "file".equals(u.getScheme()) ? u.getPath() : hadoopPath;
        } catch (java.net.URISyntaxException e) {
            return hadoopPath;
        }
    }

    /** The last path component. */
    public static String baseName(String path) {
        int slash = path.lastIndexOf('/');
        return slash >= 0 ? path.substring(slash + 1) : path;
    }
}
