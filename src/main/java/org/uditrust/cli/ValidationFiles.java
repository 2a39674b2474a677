package org.uditrust.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.uditrust.identity.CertificateFiles;
import org.uditrust.identity.CertificateReadResult;

/**
 * The certificate and CRL files of {@code identity validate}, read with {@link CertificateFiles}. A file that is
 * missing, unreadable or holds nothing of the kind asked for is a usage error: the check cannot run without it.
 */
final class ValidationFiles {

    /** A file could not be used; the message says which and why. */
    static final class UsageProblem extends Exception {
        private static final long serialVersionUID = 1L;

        UsageProblem(String message) {
            super(message, null, false, false);
        }
    }

    private final List<X509Certificate> certificates = new ArrayList<>();
    private final List<X509CRL> crls = new ArrayList<>();

    List<X509Certificate> certificates() {
        return certificates;
    }

    List<X509CRL> crls() {
        return crls;
    }

    /** Reads every file given with {@code option}; a file without the kind wanted is a usage problem. */
    static ValidationFiles read(List<Path> files, String option, boolean wantCertificates) throws UsageProblem {
        ValidationFiles found = new ValidationFiles();
        for (Path file : files) {
            CertificateReadResult.Read read = readOne(file, option);
            if (wantCertificates && read.certificates().isEmpty()) {
                throw new UsageProblem(option + " " + file + " holds no certificate (only CRLs).");
            }
            if (!wantCertificates && read.crls().isEmpty()) {
                throw new UsageProblem(option + " " + file + " holds no CRL (only certificates).");
            }
            found.certificates.addAll(read.certificates());
            found.crls.addAll(read.crls());
        }
        return found;
    }

    /** Stored OCSP responses, DER; their content is checked by the validator, which says when one is unusable. */
    static List<byte[]> readOcsp(List<Path> files) throws UsageProblem {
        List<byte[]> responses = new ArrayList<>();
        for (Path file : files) {
            responses.add(bytes(file, "--ocsp"));
        }
        return responses;
    }

    private static byte[] bytes(Path file, String option) throws UsageProblem {
        try {
            if (!Files.isRegularFile(file)) {
                throw new UsageProblem(option + " " + file + ": no such file.");
            }
            if (Files.size(file) > CertificateFiles.MAX_FILE_BYTES) {
                throw new UsageProblem(option + " " + file + " is larger than " + CertificateFiles.MAX_FILE_BYTES
                        + " bytes; that is not a certificate, chain, CRL or OCSP response file.");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UsageProblem(option + " " + file + " cannot be read: " + e.getMessage());
        }
    }

    static CertificateReadResult.Read readOne(Path file, String option) throws UsageProblem {
        byte[] bytes = bytes(file, option);
        CertificateReadResult result = CertificateFiles.read(bytes, file.toString(), null);
        if (result instanceof CertificateReadResult.Rejected rejected) {
            throw new UsageProblem(option + " " + rejected.problem().message() + " [" + rejected.problem().code()
                    + "]");
        }
        return (CertificateReadResult.Read) result;
    }
}
