package org.uditrust.registry;

import java.util.Objects;

/** A device identity too weak to trust, and why (a sentence). */
public record WeakIdentity(DeviceIdentity identity, String reason) {
    public WeakIdentity {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(reason, "reason");
    }
}
