package org.uditrust.identity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a user (and the binding rules) need to know about one X.509 certificate, decoded once.
 * Built by {@link CertificateInspector#inspect(java.security.cert.X509Certificate)}.
 *
 * @param subject             RFC 4514 subject
 * @param issuer              RFC 4514 issuer
 * @param serialHex           certificate serial number, lower-case hex without leading zeros
 * @param keyAlgorithm        "RSA", "EC", "Ed25519", "Ed448", "DSA" …
 * @param keyBits             key size in bits (RSA modulus, EC field size)
 * @param curve               named curve for EC keys ("P-256" …), else null
 * @param signatureAlgorithm  e.g. "SHA256withECDSA"
 * @param notBefore           validity start
 * @param notAfter            validity end
 * @param ca                  basicConstraints cA
 * @param pathLength          basicConstraints pathLenConstraint, -1 when absent or not a CA
 * @param keyUsage            key usage names as in RFC 5280 ("digitalSignature", "keyCertSign" …), empty when absent
 * @param extendedKeyUsage    dotted EKU OIDs, empty when absent
 * @param subjectAltNames     every SAN rendered as "TYPE:value" ("URI:https://id.gs1.org/01/…", "DNS:…",
 *                            "otherName:1.3.6.1.5.5.7.8.4:…")
 * @param sanUris             just the URI SANs, in order
 * @param extensions          every extension, in certificate order
 * @param sha256Fingerprint   SHA-256 of the DER certificate, lower-case hex
 * @param sha1Fingerprint     SHA-1 of the DER certificate, lower-case hex (for display; never used for trust)
 * @param publicKeySha256     SHA-256 of the DER SubjectPublicKeyInfo, lower-case hex (clone detection keys on it)
 * @param subjectSerialNumber the subject's serialNumber attribute (OID 2.5.4.5), the IEEE 802.1AR device serial
 * @param hardwareModuleName  the RFC 4108 hardwareModuleName SAN, when present
 * @param selfSigned          subject equals issuer and the signature verifies with its own key
 */
public record CertificateInfo(String subject, String issuer, String serialHex, String keyAlgorithm, int keyBits,
                              String curve, String signatureAlgorithm, Instant notBefore, Instant notAfter,
                              boolean ca, int pathLength, List<String> keyUsage, List<String> extendedKeyUsage,
                              List<String> subjectAltNames, List<String> sanUris, List<ExtensionInfo> extensions,
                              String sha256Fingerprint, String sha1Fingerprint, String publicKeySha256,
                              Optional<String> subjectSerialNumber, Optional<HardwareModuleName> hardwareModuleName,
                              boolean selfSigned) {
    public CertificateInfo {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(serialHex, "serialHex");
        Objects.requireNonNull(keyAlgorithm, "keyAlgorithm");
        Objects.requireNonNull(signatureAlgorithm, "signatureAlgorithm");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        keyUsage = List.copyOf(keyUsage);
        extendedKeyUsage = List.copyOf(extendedKeyUsage);
        subjectAltNames = List.copyOf(subjectAltNames);
        sanUris = List.copyOf(sanUris);
        extensions = List.copyOf(extensions);
        Objects.requireNonNull(sha256Fingerprint, "sha256Fingerprint");
        Objects.requireNonNull(sha1Fingerprint, "sha1Fingerprint");
        Objects.requireNonNull(publicKeySha256, "publicKeySha256");
        Objects.requireNonNull(subjectSerialNumber, "subjectSerialNumber");
        Objects.requireNonNull(hardwareModuleName, "hardwareModuleName");
    }
}
