package org.marsad.app.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The bearer token that guards writes: 32 random bytes (SecureRandom) made on first start, kept in
 * {@code api-token} in the data dir, readable by its owner only.
 */
public final class ApiToken {
    static final String FILE = "api-token";
    private final byte[] token;
    private final boolean created;

    private ApiToken(String token, boolean created) {
        this.token = token.getBytes(StandardCharsets.US_ASCII);
        this.created = created;
    }

    /** Loads the data dir's token, creating it (mode 0600) when there is none. */
    public static ApiToken loadOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (Files.exists(file)) {
            String t = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (t.length() < 32) {
                throw new IOException(file + " holds no valid token (delete it to make a new one)");
            }
            return new ApiToken(t, false);
        }
        Files.createDirectories(dataDir);
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        String t = HexFormat.of().formatHex(b);
        try {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file); // not a POSIX file system
            }
        } catch (FileAlreadyExistsException e) {
            return loadOrCreate(dataDir); // another process made it first
        }
        Files.writeString(file, t + "\n", StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        return new ApiToken(t, true);
    }

    /** True when this start made the token (so it is printed once). */
    public boolean created() {
        return created;
    }

    public String value() {
        return new String(token, StandardCharsets.US_ASCII);
    }

    /** Whether an Authorization header carries this token; constant-time comparison. */
    boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, token);
    }
}
