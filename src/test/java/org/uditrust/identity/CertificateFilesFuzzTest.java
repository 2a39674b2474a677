package org.uditrust.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Arbitrary bytes as a certificate file: the reader never throws, and every outcome is well-formed (a rejection
 * names the file, a read holds something); every certificate read can be inspected and validated without an
 * exception. Seeds are small openssl-made files: a PEM certificate, a DER
 * certificate, a DER CRL, a PKCS#7 bundle and certificates-only PKCS#12 files (password "secret" and empty), each
 * followed by one byte 0x01: the fuzz data provider takes the password switch from the end, so the whole file
 * reaches the reader.
 */
class CertificateFilesFuzzTest {

    private static final PathValidator VALIDATOR = new PathValidator();
    private static final Instant AT = Instant.parse("2026-01-31T12:00:00Z");

    @FuzzTest(maxDuration = "20s")
    void neverThrows(FuzzedDataProvider data) {
        boolean withPassword = data.consumeBoolean();
        byte[] bytes = data.consumeRemainingAsBytes();
        CertificateReadResult r = CertificateFiles.read(bytes, "fuzz.bin", withPassword ? "secret".toCharArray()
                : null);
        assertThat(r).isNotNull();
        if (r instanceof CertificateReadResult.Rejected rejected) {
            assertThat(rejected.problem().where()).startsWith("fuzz.bin");
            assertThat(rejected.problem().message()).isNotBlank();
        } else {
            CertificateReadResult.Read read = (CertificateReadResult.Read) r;
            assertThat(read.certificates().size() + read.crls().size()).isPositive();
            // Whatever the reader accepts, the inspector and the validator must take without throwing.
            for (X509Certificate c : read.certificates()) {
                assertThat(CertificateInspector.inspect(c).sha256Fingerprint()).hasSize(64);
                PathValidation v = VALIDATOR.validate(new ValidationRequest(c, read.certificates(),
                        read.certificates(), read.crls(), List.of(), AT, Set.of("1.3.6.1.5.5.7.3.2"),
                        RevocationMode.REQUIRE, AlgorithmPolicy.DEFAULT));
                assertThat(v.path()).isNotEmpty();
            }
        }
    }
}
