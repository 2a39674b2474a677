package org.uditrust.registry;

import java.util.List;
import java.util.Objects;
import org.uditrust.identity.IdentityProblem;

/** What importing a device identity did. */
public sealed interface IdentityImport {

    /**
     * Stored. {@code binding} is the outcome of binding to the named device, or null when no device was named;
     * {@code intermediates} the fingerprints of CA certificates of the file newly stored as path candidates.
     */
    record Imported(DeviceIdentity identity, BindResult binding, List<String> intermediates) implements IdentityImport {
        public Imported {
            Objects.requireNonNull(identity, "identity");
            intermediates = List.copyOf(intermediates);
        }
    }

    /** Nothing of the file was stored. */
    record Rejected(IdentityProblem problem) implements IdentityImport {
        public Rejected {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
