package org.uditrust.registry;

/** The outcome of the last path validation of a stored identity. */
public enum ValidationState {
    NOT_VALIDATED,
    VALID,
    INVALID,
    /** Invalid because a CRL or stored OCSP response revokes a certificate of its path. */
    REVOKED
}
