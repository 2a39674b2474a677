package org.uditrust.identity.ca;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.uditrust.identity.AlgorithmPolicy;

/**
 * Arbitrary bytes as a CSR (seeds: openssl-made EC and RSA requests, PEM and DER, see make-fixtures.sh): the reader
 * never throws, refuses oversized input, and every outcome is well-formed: an accepted request has a key the policy
 * allows, a refusal names the source and says why.
 */
class CsrFuzzTest {

    private static final CsrReader READER = new CsrReader(AlgorithmPolicy.DEFAULT);

    @FuzzTest(maxDuration = "20s")
    void readNeverThrows(byte[] bytes) {
        CsrReading reading = READER.read(bytes, "fuzz.csr");

        assertThat(reading).isNotNull();
        if (reading instanceof CsrReading.Accepted) {
            CsrReading.Accepted accepted = (CsrReading.Accepted) reading;
            assertThat(KeyPolicy.weakness(accepted.publicKey(), AlgorithmPolicy.DEFAULT)).isEmpty();
            assertThat(bytes.length).isLessThanOrEqualTo(CsrReader.MAX_BYTES);
        } else {
            CsrReading.Refused refused = (CsrReading.Refused) reading;
            assertThat(refused.problem().code()).startsWith("csr.");
            assertThat(refused.problem().where()).isEqualTo("fuzz.csr");
            assertThat(refused.problem().message()).isNotBlank();
            if (bytes.length > CsrReader.MAX_BYTES) {
                assertThat(refused.problem().code()).isEqualTo("csr.too-large");
            }
        }
    }
}
