package org.uditrust.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The facts of certificates openssl made (see make-fixtures.sh), as a user sees them. */
class CertificateInspectorTest {

    @Test
    void deviceCertificateShowsTheIeee8021arIdentityAndEverythingElse() {
        CertificateInfo info = CertificateInspector.inspect(OpensslFixtures.cert("leaf-ec"));

        assertThat(info.subject()).isEqualTo("serialNumber=SN0001,CN=Acme Infusion Pump,O=Acme");
        assertThat(info.issuer()).isEqualTo("CN=Acme Issuing CA,O=Acme");
        assertThat(info.subjectSerialNumber()).contains("SN0001");
        assertThat(info.hardwareModuleName()).hasValueSatisfying(h -> {
            assertThat(h.hwType()).isEqualTo("1.3.6.1.4.1.55555.1.1");
            assertThat(h.hwSerialNum()).isEqualTo("SN0001");
            assertThat(h.hwSerialNumHex()).isEqualTo("534e30303031");
        });
        assertThat(info.keyAlgorithm()).isEqualTo("EC");
        assertThat(info.keyBits()).isEqualTo(256);
        assertThat(info.curve()).isEqualTo("P-256");
        assertThat(info.signatureAlgorithm()).isEqualTo("SHA256withECDSA");
        assertThat(info.notBefore()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(info.notAfter()).isEqualTo(Instant.parse("2035-01-01T00:00:00Z"));
        assertThat(info.ca()).isFalse();
        assertThat(info.pathLength()).isEqualTo(-1);
        assertThat(info.keyUsage()).containsExactly("digitalSignature");
        assertThat(info.extendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.2");
        assertThat(info.sanUris()).containsExactly("https://id.gs1.org/01/09506000134352/21/SN0001");
        assertThat(info.subjectAltNames()).containsExactly(
                "otherName:1.3.6.1.5.5.7.8.4:1.3.6.1.4.1.55555.1.1,SN0001",
                "URI:https://id.gs1.org/01/09506000134352/21/SN0001",
                "DNS:dev1.devices.acme.example");
        assertThat(info.extensions()).extracting(ExtensionInfo::name).containsExactly("basicConstraints",
                "keyUsage", "extKeyUsage", "subjectKeyIdentifier", "authorityKeyIdentifier", "subjectAltName");
        assertThat(info.extensions().get(0).critical()).isTrue();
        assertThat(info.extensions().get(0).value()).isEqualTo("CA:false");
        assertThat(info.selfSigned()).isFalse();
        assertThat(info.serialHex()).isEqualTo("1000");
    }

    @Test
    void fingerprintsMatchOpenssl() {
        CertificateInfo info = CertificateInspector.inspect(OpensslFixtures.cert("leaf-ec"));
        String sha256 = OpensslFixtures.run(OpensslFixtures.dir(), OpensslFixtures.OPENSSL, "x509", "-in",
                "leaf-ec.pem", "-noout", "-fingerprint", "-sha256").output();
        String sha1 = OpensslFixtures.run(OpensslFixtures.dir(), OpensslFixtures.OPENSSL, "x509", "-in",
                "leaf-ec.pem", "-noout", "-fingerprint", "-sha1").output();
        assertThat(sha256.replace(":", "").toLowerCase()).contains(info.sha256Fingerprint());
        assertThat(sha1.replace(":", "").toLowerCase()).contains(info.sha1Fingerprint());
        assertThat(info.publicKeySha256()).hasSize(64);
    }

    @Test
    void caAndRootAndRsa() {
        CertificateInfo ca = CertificateInspector.inspect(OpensslFixtures.cert("ca-ec"));
        assertThat(ca.ca()).isTrue();
        assertThat(ca.pathLength()).isZero();
        assertThat(ca.keyUsage()).containsExactly("keyCertSign", "cRLSign");
        assertThat(ca.extensions().get(0).value()).isEqualTo("CA:true, pathlen:0");
        assertThat(ca.subjectSerialNumber()).isEmpty();
        assertThat(ca.hardwareModuleName()).isEmpty();

        CertificateInfo root = CertificateInspector.inspect(OpensslFixtures.cert("root-ec"));
        assertThat(root.selfSigned()).isTrue();
        assertThat(root.pathLength()).isEqualTo(-1);

        CertificateInfo rsa = CertificateInspector.inspect(OpensslFixtures.cert("leaf-rsa1024"));
        assertThat(rsa.keyAlgorithm()).isEqualTo("RSA");
        assertThat(rsa.keyBits()).isEqualTo(1024);
        assertThat(rsa.curve()).isNull();
        assertThat(CertificateInspector.inspect(OpensslFixtures.cert("leaf-sha1")).signatureAlgorithm())
                .isEqualTo("SHA1withRSA");

        CertificateInfo critical = CertificateInspector.inspect(OpensslFixtures.cert("leaf-critical"));
        assertThat(critical.extensions()).anySatisfy(e -> {
            assertThat(e.oid()).isEqualTo("1.3.6.1.4.1.55555.9.9");
            assertThat(e.name()).isEqualTo(e.oid());
            assertThat(e.critical()).isTrue();
            assertThat(e.value()).isEqualTo("must understand");
        });
    }
}
