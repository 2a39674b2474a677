package org.uditrust.identity.ca;

import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Locale;
import java.util.Optional;

/** The key types the CA generates for its own root and issuing keys, and the signature each one makes. */
public enum KeyAlgorithm {
    /** ECDSA on NIST P-256 (secp256r1) with SHA-256: small, fast, what IEEE 802.1AR devices commonly use. */
    EC_P256("ec-p256", "EC", "SHA256withECDSA"),
    /** RSA 3072 with SHA-256 (PKCS#1 v1.5): for relying parties that cannot verify ECDSA. */
    RSA_3072("rsa-3072", "RSA", "SHA256withRSA");

    private final String cliName;
    private final String jcaName;
    private final String signatureAlgorithm;

    KeyAlgorithm(String cliName, String jcaName, String signatureAlgorithm) {
        this.cliName = cliName;
        this.jcaName = jcaName;
        this.signatureAlgorithm = signatureAlgorithm;
    }

    /** The name users type and the CA directory stores, e.g. {@code ec-p256}. */
    public String cliName() {
        return cliName;
    }

    /** The JCA key algorithm ({@code EC}, {@code RSA}). */
    public String jcaName() {
        return jcaName;
    }

    /** The JCA signature algorithm the CA signs with. */
    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    /** Parameters for {@link java.security.KeyPairGenerator#initialize(AlgorithmParameterSpec)}. */
    public AlgorithmParameterSpec generationParameters() {
        if (this == EC_P256) {
            return new ECGenParameterSpec("secp256r1");
        }
        return new RSAKeyGenParameterSpec(3072, RSAKeyGenParameterSpec.F4);
    }

    /** The algorithm whose {@link #cliName()} is {@code name} (case-insensitive), if any. */
    public static Optional<KeyAlgorithm> byName(String name) {
        for (KeyAlgorithm a : values()) {
            if (a.cliName.equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
