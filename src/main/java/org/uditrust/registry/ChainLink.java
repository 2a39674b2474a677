package org.uditrust.registry;

import java.util.List;
import java.util.Objects;
import org.uditrust.identity.ValidationFailure;

/**
 * One certificate of a validated path as the faces draw it.
 *
 * @param index       position in the path, 0 = the leaf (as in {@link ValidationFailure#index()})
 * @param subject     its subject
 * @param fingerprint SHA-256 of its DER
 * @param anchor      true for the trust anchor the path ends at
 * @param failures    the findings about this certificate (failures and warnings)
 */
public record ChainLink(int index, String subject, String fingerprint, boolean anchor,
                        List<ValidationFailure> failures) {
    public ChainLink {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(fingerprint, "fingerprint");
        failures = List.copyOf(failures);
    }

    /** True when no finding about this certificate fails the path. */
    public boolean passes() {
        return failures.stream().allMatch(ValidationFailure::warningOnly);
    }
}
