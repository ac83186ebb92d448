package org.marsad.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads an article given on the command line: a file, {@code -} for stdin, or the bundled sample. */
final class InputText {
    static final String SAMPLE = "/org/marsad/app/demo/sample-article.txt";

    private InputText() {}

    static String read(String arg) {
        try {
            byte[] bytes;
            String name;
            if (arg == null) {
                try (InputStream in = InputText.class.getResourceAsStream(SAMPLE)) {
                    bytes = in.readAllBytes();
                }
                name = "bundled sample article";
            } else if (arg.equals("-")) {
                bytes = System.in.readAllBytes();
                name = "standard input";
            } else {
                Path p = Path.of(arg);
                if (Files.isDirectory(p)) {
                    throw new UserException(arg + ": is a directory, expected a text file");
                }
                bytes = Files.readAllBytes(p);
                name = arg;
            }
            return decodeUtf8(bytes, name);
        } catch (NoSuchFileException e) {
            throw new UserException(arg + ": no such file");
        } catch (IOException e) {
            throw new UserException("cannot read " + arg + ": " + e.getMessage(), e);
        }
    }

    /** Strict UTF-8 with the BOM removed, so offsets are indices into the text exactly as read. */
    static String decodeUtf8(byte[] bytes, String name) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new UserException(name + ": not valid UTF-8 text (" + e.getMessage() + ")");
        }
    }
}
