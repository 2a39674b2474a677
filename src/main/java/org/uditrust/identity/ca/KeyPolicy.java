package org.uditrust.identity.ca;

import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Locale;
import java.util.Optional;
import org.uditrust.identity.AlgorithmPolicy;

/** Applies an {@link AlgorithmPolicy} to a device's public key and to the signature algorithm of its CSR. */
final class KeyPolicy {

    private KeyPolicy() {
    }

    /** Why {@code key} is too weak (or of a type the CA does not certify), or empty when it is acceptable. */
    static Optional<String> weakness(PublicKey key, AlgorithmPolicy policy) {
        if (key instanceof RSAPublicKey) {
            int bits = ((RSAPublicKey) key).getModulus().bitLength();
            return bits < policy.minRsaBits()
                    ? Optional.of("RSA key of " + bits + " bits is weaker than the " + policy.minRsaBits()
                    + "-bit minimum")
                    : Optional.empty();
        }
        if (key instanceof ECPublicKey) {
            int bits = ((ECPublicKey) key).getParams().getCurve().getField().getFieldSize();
            return bits < policy.minEcBits()
                    ? Optional.of("EC key of " + bits + " bits is weaker than the " + policy.minEcBits()
                    + "-bit minimum")
                    : Optional.empty();
        }
        String algorithm = key.getAlgorithm();
        if ("Ed25519".equalsIgnoreCase(algorithm) || "Ed448".equalsIgnoreCase(algorithm)
                || "EdDSA".equalsIgnoreCase(algorithm)) {
            return Optional.empty();
        }
        return Optional.of("a " + algorithm + " key is not accepted (RSA, EC or EdDSA only)");
    }

    /** Why the signature algorithm {@code name} (a JCA-style name such as SHA1WITHRSA) is weak, or empty. */
    static Optional<String> signatureWeakness(String name, AlgorithmPolicy policy) {
        String upper = name.toUpperCase(Locale.ROOT).replace("-", "");
        if (policy.rejectMd5() && (upper.contains("MD5") || upper.contains("MD2"))) {
            return Optional.of("the " + name + " signature uses MD5/MD2, which is broken");
        }
        if (policy.rejectSha1() && upper.startsWith("SHA1")) {
            return Optional.of("the " + name + " signature uses SHA-1, which is no longer accepted");
        }
        return Optional.empty();
    }
}
