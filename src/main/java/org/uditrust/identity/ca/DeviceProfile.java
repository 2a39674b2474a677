package org.uditrust.identity.ca;

import java.time.Duration;
import java.util.Optional;

/**
 * The IEEE 802.1AR IDevID profile of device certificates: keyUsage digitalSignature (critical), plus keyAgreement
 * for EC keys when asked; basicConstraints cA=false; subject and authority key identifiers; the UDI written per the
 * binding rule. An IDevID lives as long as the device, so by default notAfter is 99991231235959Z
 * (GeneralizedTime), the value 802.1AR (and RFC 5280 section 4.1.2.5) reserves for "no well-defined expiration";
 * a finite validity can be chosen instead.
 *
 * @param validity       how long a certificate is valid from issuance, or null for no well-defined expiration
 * @param ecKeyAgreement add keyAgreement to keyUsage for EC keys (for devices that do ECDH with their IDevID key)
 */
public record DeviceProfile(Duration validity, boolean ecKeyAgreement) {

    /** The default: no expiration, digitalSignature only. */
    public static final DeviceProfile IDEVID = new DeviceProfile(null, false);

    public DeviceProfile {
        if (validity != null && (validity.isNegative() || validity.isZero())) {
            throw new IllegalArgumentException("validity must be positive");
        }
    }

    public Optional<Duration> validityValue() {
        return Optional.ofNullable(validity);
    }
}
