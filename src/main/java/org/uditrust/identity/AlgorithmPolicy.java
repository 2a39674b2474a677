package org.uditrust.identity;

/**
 * What counts as too weak, and whether weakness rejects the path or only flags it. The stated default
 * ({@link #DEFAULT}): RSA keys under 2048 bits, EC keys under 256 bits, and MD5 or SHA-1 signatures are rejected
 * (NIST SP 800-131A Rev. 2 disallows them for signature generation and, for SHA-1, for certificate verification).
 * Trust-anchor self-signatures are not checked (an anchor is trusted by configuration, not by its signature), but
 * an anchor's key size is.
 *
 * @param minRsaBits   smallest RSA modulus accepted
 * @param minEcBits    smallest EC field size accepted
 * @param rejectSha1   SHA-1 signatures are weak
 * @param rejectMd5    MD5 (and MD2) signatures are weak
 * @param rejectWeak   true: weakness is a failure; false: it is a warning ({@link ValidationFailure#warningOnly()})
 */
public record AlgorithmPolicy(int minRsaBits, int minEcBits, boolean rejectSha1, boolean rejectMd5,
                              boolean rejectWeak) {
    public static final AlgorithmPolicy DEFAULT = new AlgorithmPolicy(2048, 256, true, true, true);

    /** The same thresholds, but weakness only flagged (for inventories of legacy devices). */
    public AlgorithmPolicy flagOnly() {
        return new AlgorithmPolicy(minRsaBits, minEcBits, rejectSha1, rejectMd5, false);
    }
}
