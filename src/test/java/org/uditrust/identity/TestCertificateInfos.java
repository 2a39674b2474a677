package org.uditrust.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Hand-made {@link CertificateInfo}s for tests of the binding rules (the certificate bytes do not matter there). */
final class TestCertificateInfos {

    private TestCertificateInfos() {
    }

    static CertificateInfo info(String subjectSerial, HardwareModuleName hmn, String... sanUris) {
        return new CertificateInfo("CN=device", "CN=issuer", "1f", "EC", 256, "P-256", "SHA256withECDSA",
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2036-01-01T00:00:00Z"), false, -1,
                List.of("digitalSignature"), List.of(), List.of(), List.of(sanUris), List.of(),
                "aa".repeat(32), "bb".repeat(20), "cc".repeat(32), Optional.ofNullable(subjectSerial),
                Optional.ofNullable(hmn), false);
    }
}
