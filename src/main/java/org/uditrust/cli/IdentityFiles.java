package org.uditrust.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.uditrust.identity.CertificateFiles;

/** Reads a certificate, CRL or OCSP file the user names, refusing one too large to be one before reading it all. */
final class IdentityFiles {

    private IdentityFiles() {
    }

    /** The file's bytes, or null after telling the user why not. */
    static byte[] read(Path file, Cli.Console console) {
        if (!Files.isRegularFile(file)) {
            console.err().println("No such file: " + file);
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(CertificateFiles.MAX_FILE_BYTES + 1);
            if (bytes.length > CertificateFiles.MAX_FILE_BYTES) {
                console.err().println(file + " is larger than " + CertificateFiles.MAX_FILE_BYTES
                        + " bytes; no certificate, chain or CRL file is that large.");
                return null;
            }
            return bytes;
        } catch (IOException e) {
            console.err().println("Cannot read " + file + ": " + e.getMessage());
            return null;
        }
    }
}
