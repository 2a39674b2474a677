package org.uditrust.identity;

/**
 * The rule a certification path broke. Names follow RFC 5280 §6.1 (and the algorithm policy); tools key on
 * {@link #code()}.
 */
public enum ValidationRule {
    /** No trust anchor is the issuer of the top of the path (RFC 5280 §6.1: path must end at a trust anchor). */
    NO_TRUST_ANCHOR("path.no-trust-anchor"),
    /** Issuer name does not equal the next certificate's subject (§6.1.3 (a)(4)). */
    NAME_CHAINING("path.name-chaining"),
    /** Signature does not verify with the issuer's public key (§6.1.3 (a)(1)). */
    SIGNATURE("path.signature"),
    /** Validity ended before the validation time (§6.1.3 (a)(2)). */
    EXPIRED("path.expired"),
    /** Validity starts after the validation time (§6.1.3 (a)(2)). */
    NOT_YET_VALID("path.not-yet-valid"),
    /** An issuing certificate is not a CA: basicConstraints missing or cA false (§6.1.4 (k)). */
    BASIC_CONSTRAINTS("path.basic-constraints"),
    /** pathLenConstraint exceeded (§6.1.4 (l), (m)). */
    PATH_LENGTH("path.path-length"),
    /** keyUsage forbids the use: an issuer without keyCertSign, a CRL signer without cRLSign (§6.1.4 (n)). */
    KEY_USAGE("path.key-usage"),
    /** The leaf lacks a required extended key usage. */
    EXTENDED_KEY_USAGE("path.extended-key-usage"),
    /** A name is outside the permitted or inside the excluded subtrees (§6.1.3 (b), (c)). */
    NAME_CONSTRAINTS("path.name-constraints"),
    /** A critical extension this validator does not process (§6.1.4 (o), §6.1.5 (f)). */
    UNKNOWN_CRITICAL_EXTENSION("path.unknown-critical-extension"),
    /** Revoked by a CRL (or stored OCSP response) whose issuer and signature check (§6.3). */
    REVOKED("path.revoked"),
    /** No usable revocation information (no CRL, or a CRL that is stale or does not verify) when it is required. */
    REVOCATION_UNKNOWN("path.revocation-unknown"),
    /** Signature uses a hash the policy rejects (MD5, SHA-1). */
    WEAK_ALGORITHM("policy.weak-algorithm"),
    /** Key smaller than the policy allows (RSA under 2048 bits, EC under 256). */
    WEAK_KEY("policy.weak-key"),
    /** The certificate could not be read or is structurally broken. */
    MALFORMED("path.malformed");

    private final String code;

    ValidationRule(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
