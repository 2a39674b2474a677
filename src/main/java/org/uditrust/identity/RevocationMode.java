package org.uditrust.identity;

/** How missing revocation information is treated. All checking is offline: imported CRLs and stored OCSP responses. */
public enum RevocationMode {
    /** Every non-anchor certificate needs a current CRL (or OCSP response) from its issuer; none is a failure. */
    REQUIRE,
    /** Revocation is checked where information exists; missing information is a warning. */
    BEST_EFFORT,
    /** Revocation is not checked. */
    NONE
}
