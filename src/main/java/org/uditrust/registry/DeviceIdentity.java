package org.uditrust.registry;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored device identity: a certificate (or, for {@link IdentityKind#SYMMETRIC}, a recorded shared key), the
 * device it is held for, whether it is bound to it, and how its last validation went.
 *
 * @param id                store key, 0 before it is stored
 * @param deviceId          the device, or null when it belongs to none yet
 * @param bindingDetail     why it is unbound or conflicting (a sentence), or null
 * @param fingerprint       SHA-256 of the DER certificate (of the key id for a symmetric key)
 * @param publicKeySha256   SHA-256 of the SubjectPublicKeyInfo (of the key id for a symmetric key)
 * @param keyBits           key size in bits (0 when unknown)
 * @param notBefore         validity start, or null for a symmetric key
 * @param notAfter          validity end, or null for a symmetric key
 * @param claimedDi         the DI the certificate asserts (GTIN-14), or null
 * @param claimedSerial     the serial it asserts, or null
 * @param der               the certificate, or null for a symmetric key
 * @param validationRule    code of the first failure of the last validation, or null
 * @param validationMessage its sentence (or the first warning of a valid path), or null
 * @param validatedAt       when it was last validated, or null
 * @param version           1 on insert, +1 per update
 */
public record DeviceIdentity(long id, Long deviceId, IdentityKind kind, BindingState binding, String bindingDetail,
                             String subject, String issuer, String serialHex, String fingerprint,
                             String publicKeySha256, String keyAlgorithm, int keyBits, Instant notBefore,
                             Instant notAfter, String claimedDi, String claimedSerial, byte[] der,
                             ValidationState validation, String validationRule, String validationMessage,
                             Instant validatedAt, Instant importedAt, String importedBy, long version) {
    public DeviceIdentity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(serialHex, "serialHex");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(publicKeySha256, "publicKeySha256");
        Objects.requireNonNull(keyAlgorithm, "keyAlgorithm");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(importedBy, "importedBy");
        if (der == null && kind != IdentityKind.SYMMETRIC) {
            throw new IllegalArgumentException("only a symmetric key has no certificate");
        }
    }

    public DeviceIdentity withBinding(Long newDeviceId, BindingState state, String detail, String di,
                                      String serial) {
        return new DeviceIdentity(id, newDeviceId, kind, state, detail, subject, issuer, serialHex, fingerprint,
                publicKeySha256, keyAlgorithm, keyBits, notBefore, notAfter, di, serial, der, validation,
                validationRule, validationMessage, validatedAt, importedAt, importedBy, version);
    }

    public DeviceIdentity withValidation(ValidationState state, String rule, String message, Instant at) {
        return new DeviceIdentity(id, deviceId, kind, binding, bindingDetail, subject, issuer, serialHex,
                fingerprint, publicKeySha256, keyAlgorithm, keyBits, notBefore, notAfter, claimedDi, claimedSerial,
                der, state, rule, message, at, importedAt, importedBy, version);
    }

    public DeviceIdentity withId(long newId) {
        return new DeviceIdentity(newId, deviceId, kind, binding, bindingDetail, subject, issuer, serialHex,
                fingerprint, publicKeySha256, keyAlgorithm, keyBits, notBefore, notAfter, claimedDi, claimedSerial,
                der, validation, validationRule, validationMessage, validatedAt, importedAt, importedBy, version);
    }

    public DeviceIdentity withVersion(long newVersion) {
        return new DeviceIdentity(id, deviceId, kind, binding, bindingDetail, subject, issuer, serialHex,
                fingerprint, publicKeySha256, keyAlgorithm, keyBits, notBefore, notAfter, claimedDi, claimedSerial,
                der, validation, validationRule, validationMessage, validatedAt, importedAt, importedBy,
                newVersion);
    }
}
