package org.uditrust.identity;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/** What {@link CertificateFiles#read} found in one file. */
public sealed interface CertificateReadResult {

    /** At least one certificate or CRL, in file order. */
    record Read(List<X509Certificate> certificates, List<X509CRL> crls) implements CertificateReadResult {
        public Read {
            certificates = List.copyOf(certificates);
            crls = List.copyOf(crls);
            if (certificates.isEmpty() && crls.isEmpty()) {
                throw new IllegalArgumentException("a Read holds at least one certificate or CRL");
            }
        }
    }

    /** Nothing usable; the problem says why. Nothing of the file may be stored. */
    record Rejected(IdentityProblem problem) implements CertificateReadResult {
        public Rejected {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
