package org.uditrust.identity.ca;

import java.security.cert.X509Certificate;
import java.util.Objects;
import org.uditrust.udi.Udi;

/**
 * A device certificate the CA issued, with what a face needs to print its label and write its provisioning record.
 *
 * @param source      the request it answers (a CSR file name, "device 3")
 * @param udi         the device's UDI
 * @param certificate the certificate
 * @param serialHex   its serial number, upper-case hex
 * @param sha256      SHA-256 fingerprint of its DER, lower-case hex
 */
public record IssuedDeviceCertificate(String source, Udi udi, X509Certificate certificate, String serialHex,
                                      String sha256) {
    public IssuedDeviceCertificate {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(udi, "udi");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(serialHex, "serialHex");
        Objects.requireNonNull(sha256, "sha256");
    }
}
