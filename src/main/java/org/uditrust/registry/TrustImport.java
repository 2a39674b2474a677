package org.uditrust.registry;

import java.util.List;
import java.util.Objects;
import org.uditrust.identity.IdentityProblem;

/** What importing a file of anchors, CRLs or OCSP responses did. */
public sealed interface TrustImport {

    /**
     * The file was read. {@code stored} are the new records, {@code skipped} sentences for what was left as it
     * was (already stored, not newer than the stored CRL).
     */
    record Imported(List<String> stored, List<String> skipped) implements TrustImport {
        public Imported {
            stored = List.copyOf(stored);
            skipped = List.copyOf(skipped);
        }
    }

    /** Nothing of the file was stored; the problem says why. */
    record Rejected(IdentityProblem problem) implements TrustImport {
        public Rejected {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
