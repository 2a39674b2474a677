package org.uditrust.registry;

import java.util.Objects;
import org.uditrust.identity.BindingOutcome;
import org.uditrust.identity.IdentityProblem;

/** What binding an identity to a device did. */
public sealed interface BindResult {

    /**
     * The binder ran and its outcome is stored: {@link BindingOutcome.Bound} binds the identity to the device;
     * {@link BindingOutcome.Conflicting} is recorded as such and never binds; {@link BindingOutcome.NotAsserted}
     * leaves it unbound.
     */
    record Checked(DeviceIdentity identity, BindingOutcome outcome) implements BindResult {
        public Checked {
            Objects.requireNonNull(identity, "identity");
            Objects.requireNonNull(outcome, "outcome");
        }

        public boolean bound() {
            return outcome instanceof BindingOutcome.Bound;
        }
    }

    /** The binder could not run (no such identity or device, no binding rule for the manufacturer). */
    record Impossible(IdentityProblem problem) implements BindResult {
        public Impossible {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
