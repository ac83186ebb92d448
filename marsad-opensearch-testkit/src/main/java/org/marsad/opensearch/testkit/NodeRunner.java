package org.marsad.opensearch.testkit;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds the command line that starts a node as the right user: as root (which OpenSearch
 * refuses) through {@code runuser -u USER}, owning the node dirs; otherwise as is.
 */
final class NodeRunner {
    private static final List<Path> RUNUSER = List.of(Path.of("/usr/sbin/runuser"), Path.of("/sbin/runuser"), Path.of("/usr/bin/runuser"));

    private final String user;
    private final Path runuser;
    private final UserPrincipal owner;
    private final GroupPrincipal group;

    private NodeRunner(String user, Path runuser, UserPrincipal owner, GroupPrincipal group) {
        this.user = user;
        this.runuser = runuser;
        this.owner = owner;
        this.group = group;
    }

    static NodeRunner forCurrentUser(String osUser) throws IOException {
        if (!isRoot()) {
            return new NodeRunner(null, null, null, null);
        }
        UserPrincipalLookupService lookup = FileSystems.getDefault().getUserPrincipalLookupService();
        UserPrincipal owner;
        try {
            owner = lookup.lookupPrincipalByName(osUser);
        } catch (UserPrincipalNotFoundException e) {
            throw new IllegalStateException("running as root, and OpenSearch refuses root: the nodes run as user '"
                    + osUser + "', which does not exist; .ci/run creates it (useradd --system --create-home " + osUser + ")");
        }
        GroupPrincipal group = groupOf(lookup, osUser);
        Path runuser = RUNUSER.stream().filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("running as root needs runuser (util-linux) to start OpenSearch as "
                        + osUser + "; none found in " + RUNUSER));
        return new NodeRunner(osUser, runuser, owner, group);
    }

    /** The command to run {@code command} with {@code env} as the node user. */
    List<String> command(List<String> command, Map<String, String> env) {
        if (user == null) {
            return command;
        }
        // runuser resets part of the environment: pass the node's variables explicitly
        List<String> wrapped = new ArrayList<>(List.of(runuser.toString(), "-u", user, "--", "env"));
        env.forEach((k, v) -> wrapped.add(k + "=" + v));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Gives the node user everything under {@code dir}, when nodes run as another user. */
    void handOver(Path dir) throws IOException {
        if (owner == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
                view.setOwner(owner);
                if (group != null) {
                    view.setGroup(group);
                }
            }
        }
    }

    static boolean isRoot() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static GroupPrincipal groupOf(UserPrincipalLookupService lookup, String user) {
        try {
            return lookup.lookupPrincipalByGroupName(user); // useradd --system makes a group of the same name
        } catch (IOException e) {
            return null;
        }
    }
}
