package org.uditrust.registry;

/** Whether a stored identity belongs to a device (see {@link org.uditrust.identity.BindingOutcome}). */
public enum BindingState {
    /** Held, but not bound to any device (no device yet, or the certificate does not assert the device). */
    UNBOUND,
    /** Its model and serial match the device's label per the manufacturer's rule. */
    BOUND,
    /** Its model or serial contradicts the device's label; never bound. */
    CONFLICTING
}
