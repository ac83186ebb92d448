package org.marsad.opensearch.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the harness says when it cannot start a cluster, without starting one. */
class HarnessErrorsTest {

    @Test
    void asRootAMissingNodeUserIsNamedWithTheCommandThatCreatesIt() throws IOException {
        if (NodeRunner.isRoot()) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> NodeRunner.forCurrentUser("marsad-no-such-user"));
            assertTrue(e.getMessage().contains("marsad-no-such-user"), e.getMessage());
            assertTrue(e.getMessage().contains("useradd --system --create-home marsad-no-such-user"), e.getMessage());
            assertTrue(e.getMessage().contains(".ci/run"), e.getMessage());
        } else {
            // not root: the nodes run as this user, the command is left as it is
            List<String> command = List.of("bin/opensearch", "-Ecluster.name=x");
            assertEquals(command, NodeRunner.forCurrentUser("marsad-no-such-user").command(command, Map.of("A", "1")));
        }
    }

    @Test
    void missingDistributionIsNamed(@TempDir Path dir) {
        Path zip = dir.resolve("nowhere/opensearch.zip");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> LocalOpenSearchCluster.builder().distribution(zip).start());
        assertTrue(e.getMessage().contains(zip.toAbsolutePath().toString()), e.getMessage());
    }

    @Test
    void zipWithoutLauncherIsNotTakenForADistribution(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("other.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("something-1.0/README.md"));
            out.write("not OpenSearch".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        IOException e = assertThrows(IOException.class, () -> Distribution.unpack(zip, dir.resolve("home")));
        assertTrue(e.getMessage().contains("no bin/opensearch"), e.getMessage());
    }

    @Test
    void entriesEscapingTheInstallDirAreRefused(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("evil.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("opensearch-3.6.0/../../escaped.txt"));
            out.write(1);
            out.closeEntry();
        }
        IOException e = assertThrows(IOException.class, () -> Distribution.unpack(zip, dir.resolve("a/home")));
        assertTrue(e.getMessage().contains("outside"), e.getMessage());
    }

    @Test
    void portsAreNeverHandedOutTwice() {
        int a = FreePorts.next();
        int b = FreePorts.next();
        assertNotEquals(a, b);
        assertTrue(a > 0 && b > 0);
    }

    @Test
    void aClusterNeedsANode() {
        assertThrows(IllegalArgumentException.class, () -> LocalOpenSearchCluster.builder().nodes(0));
    }
}
