package org.uditrust.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Arbitrary bytes as a certificate file: the reader never throws, and every outcome is well-formed (a rejection
 * names the file, a read holds something). Seeds are small openssl-made files: a PEM certificate, a DER
 * certificate, a DER CRL, a PKCS#7 bundle and a certificates-only PKCS#12 (password "secret").
 */
class CertificateFilesFuzzTest {

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
        }
    }
}
