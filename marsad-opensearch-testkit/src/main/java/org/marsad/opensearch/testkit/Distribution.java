package org.marsad.opensearch.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Unpacks an OpenSearch distribution zip and installs plugin zips into it. */
final class Distribution {
    private Distribution() {
    }

    /** Unpacks {@code zip} into {@code home}, dropping the zip's top folder; returns {@code home}. */
    static Path unpack(Path zip, Path home) throws IOException {
        Files.createDirectories(home);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue; // the top folder itself
                }
                Path target = home.resolve(name.substring(slash + 1)).normalize();
                if (!target.startsWith(home)) {
                    throw new IOException(zip + ": entry " + name + " points outside the install dir");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                // java.util.zip drops the unix mode: the launch scripts need theirs back
                if (name.substring(slash + 1).startsWith("bin/") && !name.endsWith(".bat") && !name.endsWith(".exe")) {
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
        if (!Files.isExecutable(home.resolve("bin/opensearch"))) {
            throw new IOException(zip + " is not an OpenSearch distribution: no bin/opensearch in it");
        }
        return home;
    }

    /** Runs {@code bin/opensearch-plugin install --batch file://...} in {@code home}. */
    static void installPlugin(Path home, Path pluginZip, Path javaHome) throws IOException {
        Path log = Files.createTempFile(home.getParent(), "plugin-install-", ".log");
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/opensearch-plugin").toString(),
                "install", "--batch", pluginZip.toAbsolutePath().toUri().toString())
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("OPENSEARCH_JAVA_HOME", javaHome.toString());
        pb.environment().put("JAVA_HOME", javaHome.toString());
        pb.environment().remove("OPENSEARCH_PATH_CONF");
        Process process = pb.start();
        try {
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("opensearch-plugin install " + pluginZip + " did not finish in 3 minutes:\n" + read(log));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while installing " + pluginZip, e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("opensearch-plugin install " + pluginZip + " failed (exit " + process.exitValue() + "):\n" + read(log));
        }
    }

    private static String read(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
