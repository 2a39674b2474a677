package org.uditrust.app.identity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.uditrust.identity.CertificateFiles;
import org.uditrust.identity.IdentityProblem;

/** Reads a chosen certificate, CRL or key-store file for the services, never more than they accept. */
final class FileBytes {

    private FileBytes() {
    }

    /**
     * The file's bytes, at most one byte more than {@link CertificateFiles#MAX_FILE_BYTES}, so an oversized file is
     * refused by the service with its own message instead of being read whole into memory.
     */
    static byte[] read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(CertificateFiles.MAX_FILE_BYTES + 1);
        }
    }

    /** The path a user typed or chose, or null when the field is blank. */
    static Path path(String text) {
        return text == null || text.isBlank() ? null : Path.of(text.strip());
    }

    /** A rejection as one line: its code, where, and the service's sentence (what, where, why). */
    static String describe(IdentityProblem problem) {
        return "[" + problem.code() + "] " + problem.message()
                + (problem.message().contains(problem.where()) ? "" : " (" + problem.where() + ")");
    }
}
