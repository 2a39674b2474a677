package org.uditrust.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every container openssl writes, and the rejections a user meets. */
class CertificateFilesTest {

    private static CertificateReadResult.Read read(String file, String password) {
        CertificateReadResult r = CertificateFiles.read(OpensslFixtures.bytes(file), file,
                password == null ? null : password.toCharArray());
        assertThat(r).isInstanceOf(CertificateReadResult.Read.class);
        return (CertificateReadResult.Read) r;
    }

    private static IdentityProblem rejected(byte[] bytes, String name, String password) {
        CertificateReadResult r = CertificateFiles.read(bytes, name, password == null ? null : password.toCharArray());
        assertThat(r).isInstanceOf(CertificateReadResult.Rejected.class);
        return ((CertificateReadResult.Rejected) r).problem();
    }

    private static List<String> subjects(List<X509Certificate> certs) {
        return certs.stream().map(c -> Der.name(c.getSubjectX500Principal())).toList();
    }

    @Test
    void pemBundleWithTextAroundInFileOrder() {
        byte[] bundle = ("Acme chain, exported 2026-01-02\n" + new String(OpensslFixtures.bytes("chain-ec.pem"),
                StandardCharsets.US_ASCII) + "trailing notes\n" + new String(OpensslFixtures.bytes("ca-ec.crl.pem"),
                StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII);
        CertificateReadResult.Read r = (CertificateReadResult.Read) CertificateFiles.read(bundle, "b.pem", null);
        assertThat(subjects(r.certificates())).containsExactly("CN=Acme Issuing CA,O=Acme", "CN=Acme Root CA");
        assertThat(r.crls()).hasSize(1);
        assertThat(r.crls().get(0).getRevokedCertificates()).hasSize(1);
    }

    @Test
    void derCertificateAndDerCrl() {
        assertThat(subjects(read("leaf-ec.der", null).certificates()))
                .containsExactly("serialNumber=SN0001,CN=Acme Infusion Pump,O=Acme");
        CertificateReadResult.Read crl = read("ca-ec.crl.der", null);
        assertThat(crl.certificates()).isEmpty();
        assertThat(crl.crls()).hasSize(1);
    }

    @Test
    void pkcs7InPemAndDer() {
        assertThat(subjects(read("chain-ec.p7b.pem", null).certificates())).hasSize(2)
                .contains("CN=Acme Root CA");
        assertThat(subjects(read("chain-ec.p7b", null).certificates())).hasSize(2)
                .contains("CN=Acme Issuing CA,O=Acme");
    }

    @Test
    void pkcs12WithCertificatesOnly() {
        assertThat(subjects(read("chain-ec.p12", "secret").certificates()))
                .containsExactlyInAnyOrder("CN=Acme Issuing CA,O=Acme", "CN=Acme Root CA");
        assertThat(read("chain-ec-nopass.p12", null).certificates()).hasSize(2);
        assertThat(read("chain-ec-legacy.p12", "secret").certificates()).hasSize(2);
        assertThat(rejected(OpensslFixtures.bytes("chain-ec.p12"), "chain-ec.p12", null).code())
                .isEqualTo("pkcs12.password");
        IdentityProblem wrong = rejected(OpensslFixtures.bytes("chain-ec.p12"), "chain-ec.p12", "nope");
        assertThat(wrong.code()).isEqualTo("pkcs12.password");
        assertThat(wrong.message()).contains("chain-ec.p12").contains("password").doesNotContain("nope");
    }

    @Test
    void pkcs12HoldingAPrivateKeyIsRefusedWhateverThePassword() {
        for (String password : new String[] {"secret", "wrong", null}) {
            IdentityProblem p = rejected(OpensslFixtures.bytes("leaf-with-key.p12"), "leaf-with-key.p12", password);
            assertThat(p.code()).isEqualTo("pkcs12.private-key");
            assertThat(p.message()).contains("leaf-with-key.p12").contains("private key");
        }
    }

    @Test
    void rejectionsNameTheFileAndBlock() {
        String pem = new String(OpensslFixtures.bytes("leaf-ec.pem"), StandardCharsets.US_ASCII);
        String broken = pem + pem.replaceFirst("(?s)(-----BEGIN CERTIFICATE-----\\n)....", "$1AAAA");
        IdentityProblem p = rejected(broken.getBytes(StandardCharsets.US_ASCII), "two.pem", null);
        assertThat(p.code()).isEqualTo("cert.malformed");
        assertThat(p.where()).isEqualTo("two.pem block 2");

        assertThat(rejected(new byte[0], "empty.pem", null).code()).isEqualTo("file.empty");
        assertThat(rejected("hello".getBytes(StandardCharsets.US_ASCII), "notes.txt", null).code())
                .isEqualTo("file.unrecognized");
        assertThat(rejected(new byte[CertificateFiles.MAX_FILE_BYTES + 1], "huge.bin", null).code())
                .isEqualTo("file.too-large");
        assertThat(rejected("-----BEGIN CERTIFICATE-----\nMIIB".getBytes(StandardCharsets.US_ASCII), "cut.pem",
                null).code()).isEqualTo("pem.unterminated");
        IdentityProblem key = rejected(OpensslFixtures.bytes("leaf-ec.key"), "leaf.key", null);
        assertThat(key.code()).isEqualTo("pem.private-key");
        assertThat(key.message()).doesNotContain("MHc");
    }
}
