package org.uditrust.identity.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uditrust.identity.AlgorithmPolicy;

/** The small pieces: state-file JSON, CSR input limits, serials, names of reasons and key types. */
class CaPartsTest {

    @TempDir
    Path tmp;

    @Test
    void flatJsonRoundTripsAwkwardTextAndNamesTheDamage() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("udiRaw", "]d2010950600013435221A\u001d10\"quoted\" \\ back");
        fields.put("revokedAt", null);
        fields.put("subject", "CN=Pump ünïcode,O=Acme");
        String line = FlatJson.write(fields);
        assertThat(line).doesNotContain("\n").doesNotContain("\u001d");
        assertThat(FlatJson.read(line)).isEqualTo(fields);
        assertThatThrownBy(() -> FlatJson.read("{\"a\":\"b\"")).hasMessageContaining("expected ',' or '}'");
        assertThatThrownBy(() -> FlatJson.read("{\"a\":1}")).hasMessageContaining("expected '\"' at 5");
        assertThatThrownBy(() -> FlatJson.read("{\"a\":\"1\",\"a\":\"2\"}")).hasMessageContaining("twice");
    }

    @Test
    void aDamagedIndexLineIsReportedWithItsLineNumber() throws IOException {
        Files.writeString(tmp.resolve(CaIndex.INDEX_FILE), "\n{\"serial\":\"0A\"}\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CaIndex.read(tmp)).isInstanceOf(IOException.class)
                .hasMessageContaining("line 2").hasMessageContaining("udiRaw");
    }

    @Test
    void csrInputLimitsAndShapes() throws IOException {
        CsrReader reader = new CsrReader(AlgorithmPolicy.DEFAULT);
        assertThat(code(reader.read(new byte[CsrReader.MAX_BYTES + 1], "big.csr"))).isEqualTo("csr.too-large");
        assertThat(code(reader.read(new byte[0], "empty.csr"))).isEqualTo("csr.empty");
        assertThat(code(reader.read("hello".getBytes(StandardCharsets.US_ASCII), "x"))).isEqualTo("csr.not-csr");
        assertThat(code(reader.read("-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n".getBytes(StandardCharsets.US_ASCII),
                "x"))).isEqualTo("csr.pem-unterminated");
        String block = "-----BEGIN CERTIFICATE REQUEST-----\nAA==\n-----END CERTIFICATE REQUEST-----\n";
        assertThat(code(reader.read((block + block).getBytes(StandardCharsets.US_ASCII), "x"))).isEqualTo("csr.several");
        assertThat(code(reader.read(new byte[] {0x30, 0x03, 0x02, 0x01, 0x00}, "x"))).isEqualTo("csr.not-der");
        Path big = tmp.resolve("big.csr");
        Files.write(big, new byte[CsrReader.MAX_BYTES + 10]);
        CsrReading refused = reader.read(big);
        assertThat(code(refused)).isEqualTo("csr.too-large");
        assertThat(((CsrReading.Refused) refused).problem().where()).isEqualTo(big.toString());
        assertThat(code(reader.read(tmp.resolve("absent.csr")))).isEqualTo("csr.missing");
    }

    @Test
    void bareKeysArePolicedToo() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(1024);
        assertThat(KeyPolicy.weakness(rsa.generateKeyPair().getPublic(), AlgorithmPolicy.DEFAULT)).get()
                .asString().contains("1024");
        KeyPairGenerator dsa = KeyPairGenerator.getInstance("DSA");
        dsa.initialize(2048);
        assertThat(KeyPolicy.weakness(dsa.generateKeyPair().getPublic(), AlgorithmPolicy.DEFAULT)).get()
                .asString().contains("not accepted");
        KeyPairGenerator ed = KeyPairGenerator.getInstance("Ed25519");
        assertThat(KeyPolicy.weakness(ed.generateKeyPair().getPublic(), AlgorithmPolicy.DEFAULT)).isEmpty();
    }

    @Test
    void serialsArePositiveWideAndUnique() {
        SecureRandom random = new SecureRandom();
        java.util.Set<BigInteger> seen = new java.util.HashSet<>();
        for (int i = 0; i < 1000; i++) {
            BigInteger serial = ProvisioningCa.newSerial(random, seen);
            assertThat(serial.signum()).isPositive();
            assertThat(serial.bitLength()).isBetween(64, 127);
            assertThat(seen.add(serial)).isTrue();
        }
        // A source that repeats itself cannot make the CA reuse a serial.
        SecureRandom stuck = new SecureRandom() {
            private int calls;

            @Override
            public void nextBytes(byte[] bytes) {
                java.util.Arrays.fill(bytes, (byte) (calls++ < 3 ? 0x11 : 0x22));
            }
        };
        BigInteger first = ProvisioningCa.newSerial(stuck, java.util.Set.of());
        assertThat(ProvisioningCa.newSerial(stuck, java.util.Set.of(first))).isNotEqualTo(first);
        assertThat(IssuedEntry.hex(BigInteger.valueOf(0xABC))).isEqualTo("0ABC");
    }

    @Test
    void namesUsersType() {
        assertThat(RevocationReason.byName("key-compromise")).contains(RevocationReason.KEY_COMPROMISE);
        assertThat(RevocationReason.byName("keyCompromise")).contains(RevocationReason.KEY_COMPROMISE);
        assertThat(RevocationReason.byName("4")).contains(RevocationReason.SUPERSEDED);
        assertThat(RevocationReason.byName("removeFromCRL")).isEmpty();
        assertThat(KeyAlgorithm.byName("RSA-3072")).contains(KeyAlgorithm.RSA_3072);
        assertThat(KeyAlgorithm.byName("dsa")).isEmpty();
        assertThat(Pkcs11CaKeys.configuration(new Pkcs11Token(Path.of("/lib/p11.so"), null, 7L), 7L))
                .contains("slot = 7").contains("CKA_EXTRACTABLE = false").contains("CKA_SENSITIVE = true");
        assertThatThrownBy(() -> new Pkcs11Token(Path.of("/lib/p11.so"), "label", 3L))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void caSubjectsAreReadAsRfc4514() throws Exception {
        javax.security.auth.x500.X500Principal p = new javax.security.auth.x500.X500Principal(
                CaSetup.name("CN=Acme Root,O=Acme Medical,C=US", "root subject").getEncoded());
        assertThat(p.getName()).isEqualTo("CN=Acme Root,O=Acme Medical,C=US");
        assertThatThrownBy(() -> CaSetup.name("not a name", "root subject"))
                .hasMessageContaining("root subject");
    }

    private static String code(CsrReading reading) {
        assertThat(reading).isInstanceOf(CsrReading.Refused.class);
        return ((CsrReading.Refused) reading).problem().code();
    }
}
