package org.uditrust.identity.ca;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.security.PublicKey;

/**
 * Arbitrary bytes as a device's bare public key (seeds: openssl-made EC and RSA SubjectPublicKeyInfo, PEM and DER,
 * see make-fixtures.sh): the reader never throws, refuses oversized input, and a refusal names the source and says
 * why.
 */
class PublicKeyFilesFuzzTest {

    @FuzzTest(maxDuration = "20s")
    void readNeverThrows(byte[] bytes) {
        CaResult<PublicKey> result = PublicKeyFiles.read(bytes, "fuzz.pub");

        assertThat(result).isNotNull();
        if (result instanceof CaResult.Ok) {
            assertThat(((CaResult.Ok<PublicKey>) result).value().getEncoded()).isNotEmpty();
            assertThat(bytes.length).isLessThanOrEqualTo(PublicKeyFiles.MAX_BYTES);
        } else {
            CaResult.Failed<PublicKey> failed = (CaResult.Failed<PublicKey>) result;
            assertThat(failed.problem().code()).startsWith("key.");
            assertThat(failed.problem().where()).isEqualTo("fuzz.pub");
            assertThat(failed.problem().message()).isNotBlank();
            if (bytes.length > PublicKeyFiles.MAX_BYTES) {
                assertThat(failed.problem().code()).isEqualTo("key.too-large");
            }
        }
    }
}
