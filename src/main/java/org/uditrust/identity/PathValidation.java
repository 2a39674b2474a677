package org.uditrust.identity;

import java.security.cert.X509Certificate;
import java.util.List;

/** The outcome of validating one certification path. */
public sealed interface PathValidation {

    /** The path built, leaf first, trust anchor last. */
    List<X509Certificate> path();

    /** Every finding; for {@link Valid} only warnings. */
    List<ValidationFailure> findings();

    /** The path validates; {@code findings} holds only warnings (flagged weakness, missing revocation data). */
    record Valid(List<X509Certificate> path, List<ValidationFailure> findings) implements PathValidation {
        public Valid {
            path = List.copyOf(path);
            findings = List.copyOf(findings);
        }
    }

    /**
     * The path does not validate. {@code path} is as far as it could be built (at least the leaf); {@code findings}
     * holds at least one failure that is not warning-only, the first one being the reason to show first.
     */
    record Invalid(List<X509Certificate> path, List<ValidationFailure> findings) implements PathValidation {
        public Invalid {
            path = List.copyOf(path);
            findings = List.copyOf(findings);
            if (findings.stream().allMatch(ValidationFailure::warningOnly)) {
                throw new IllegalArgumentException("an Invalid path has at least one failure");
            }
        }
    }
}
