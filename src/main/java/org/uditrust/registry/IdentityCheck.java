package org.uditrust.registry;

import java.util.List;
import java.util.Objects;
import org.uditrust.identity.ValidationFailure;

/**
 * The validation of one stored identity.
 *
 * @param identity  the identity as stored after the validation
 * @param rootToLeaf the path as far as it was built, the anchor (or the topmost certificate found) first
 * @param findings  every finding, failures first
 */
public record IdentityCheck(DeviceIdentity identity, List<ChainLink> rootToLeaf, List<ValidationFailure> findings) {
    public IdentityCheck {
        Objects.requireNonNull(identity, "identity");
        rootToLeaf = List.copyOf(rootToLeaf);
        findings = List.copyOf(findings);
    }

    public ValidationState state() {
        return identity.validation();
    }
}
