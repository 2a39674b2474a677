package org.uditrust.identity.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uditrust.identity.ca.CaTestSupport.CLOCK;
import static org.uditrust.identity.ca.CaTestSupport.GTIN;
import static org.uditrust.identity.ca.CaTestSupport.HW_MODULE;
import static org.uditrust.identity.ca.CaTestSupport.HW_TYPE;
import static org.uditrust.identity.ca.CaTestSupport.RANDOM;
import static org.uditrust.identity.ca.CaTestSupport.SUBJECT_SERIAL;
import static org.uditrust.identity.ca.CaTestSupport.opensslCsr;
import static org.uditrust.identity.ca.CaTestSupport.unit;
import static org.uditrust.identity.ca.CaTestSupport.write;
import static org.uditrust.identity.ca.ExternalTools.openssl;
import static org.uditrust.identity.ca.ExternalTools.opensslOk;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uditrust.udi.Udi;

/**
 * The provisioning CA with keys in a PKCS#12 file, checked by openssl: CSRs openssl made are accepted, what the CA
 * issues verifies with {@code openssl verify} against its chain and CRL, and bad input is refused with a reason.
 */
class ProvisioningCaOpensslTest {

    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    @TempDir
    Path tmp;

    private ProvisioningCa newCa(Path dir, KeyAlgorithm algorithm) throws Exception {
        Path p12 = dir.resolve("ca.p12");
        CaKeys keys = ok(Pkcs12CaKeys.create(p12, PASSWORD, RANDOM));
        return ok(ProvisioningCa.create(dir, CaConfig.pkcs12(p12), keys,
                CaSetup.of(algorithm, "CN=Acme Device Root CA,O=Acme Medical", "CN=Acme Device Issuing CA 1,O=Acme Medical"),
                CLOCK, RANDOM));
    }

    static <T> T ok(CaResult<T> result) {
        assertThat(result).as(result.toString()).isInstanceOf(CaResult.Ok.class);
        return ((CaResult.Ok<T>) result).value();
    }

    static String certFile(ProvisioningCa ca, IssuedDeviceCertificate issued) {
        return ca.directory().resolve("certs").resolve(issued.serialHex() + ".pem").toString();
    }

    @Test
    void opensslCsrsAreIssuedAndVerifyAndARevokedOneFailsTheCrlCheck() throws Exception {
        Path ca = tmp.resolve("ca");
        ProvisioningCa authority = newCa(ca, KeyAlgorithm.EC_P256);
        Path ecCsr = opensslCsr(tmp, "ec", "ec", "Infusion pump");
        Path rsaCsr = opensslCsr(tmp, "rsa", "rsa:2048", "Ventilator");

        BatchResult batch = authority.issue(List.of(IssueRequest.csrFile(ecCsr, unit("SN0001")),
                IssueRequest.csrFile(rsaCsr, unit("SN0002"))), SUBJECT_SERIAL, DeviceProfile.IDEVID);

        assertThat(batch.rejected()).isEmpty();
        List<IssuedDeviceCertificate> issued = batch.issued();
        assertThat(issued).hasSize(2);
        for (IssuedDeviceCertificate device : issued) {
            String out = opensslOk(ca, "verify", "-CAfile", "root.pem", "-untrusted", "issuing.pem",
                    certFile(authority, device));
            assertThat(out).contains(": OK");
            assertThat(device.certificate().getSerialNumber().bitLength()).isGreaterThanOrEqualTo(64);
        }
        String text = opensslOk(ca, "x509", "-noout", "-text", "-nameopt", "RFC2253", "-in",
                certFile(authority, issued.get(0)));
        assertThat(text)
                .contains("serialNumber=SN0001")
                .contains("CN=Infusion pump")
                .contains("O=Acme Medical")
                .contains("URI:https://id.gs1.org/01/" + GTIN + "/21/SN0001")
                .contains("Digital Signature")
                .contains("CA:FALSE")
                .contains("Not After : Dec 31 23:59:59 9999 GMT")
                .contains("X509v3 Subject Key Identifier")
                .contains("X509v3 Authority Key Identifier");

        authority.revoke(issued.get(1).certificate().getSerialNumber(), RevocationReason.KEY_COMPROMISE);
        X509CRL crl = authority.publishCrl(Duration.ofDays(7));
        write(ca.resolve("crl.pem"), Pem.crl(crl));

        ExternalTools.Run revoked = openssl(ca, "verify", "-crl_check", "-CRLfile", "crl.pem", "-CAfile", "root.pem",
                "-untrusted", "issuing.pem", certFile(authority, issued.get(1)));
        assertThat(revoked.exit()).isNotZero();
        assertThat(revoked.output()).contains("certificate revoked");
        assertThat(opensslOk(ca, "verify", "-crl_check", "-CRLfile", "crl.pem", "-CAfile", "root.pem",
                "-untrusted", "issuing.pem", certFile(authority, issued.get(0)))).contains(": OK");
        String crlText = opensslOk(ca, "crl", "-noout", "-text", "-in", "crl.pem");
        assertThat(crlText).contains("X509v3 CRL Number").contains("Key Compromise")
                .contains("X509v3 Authority Key Identifier")
                .contains("Serial Number: " + issued.get(1).serialHex());

        // The next CRL has the next number, and the state survives reopening the CA.
        try (CaKeys keys = ok(Pkcs12CaKeys.open(ca.resolve("ca.p12"), PASSWORD, RANDOM))) {
            ProvisioningCa reopened = ok(ProvisioningCa.open(ca, keys, CLOCK, RANDOM));
            assertThat(reopened.index()).hasSize(2);
            assertThat(reopened.index().get(1).revoked()).isTrue();
            X509CRL second = reopened.publishCrl(Duration.ofDays(7));
            assertThat(new BigInteger(1, ASN1OctetString.getInstance(second.getExtensionValue("2.5.29.20"))
                    .getOctets()).intValue()).isGreaterThan(0);
            assertThat(second.getRevokedCertificates()).hasSize(1);
        }
    }

    @Test
    void badRequestsAreRejectedWithTheirReasonAndTheBatchGoesOn() throws Exception {
        Path ca = tmp.resolve("ca");
        ProvisioningCa authority = newCa(ca, KeyAlgorithm.EC_P256);
        Path good = opensslCsr(tmp, "good", "ec", "Pump");
        Path weak = opensslCsr(tmp, "weak", "rsa:1024", "Old pump");
        Path sha1 = opensslCsr(tmp, "sha1", "rsa:2048", "Legacy pump", "-sha1");
        Path tampered = tmp.resolve("tampered.csr");
        byte[] der = opensslDer(opensslCsr(tmp, "t", "ec", "Honest pump"));
        int at = indexOf(der, "Honest".getBytes(StandardCharsets.US_ASCII));
        der[at] = 'D'; // "Donest pump": the device never signed this
        Files.write(tampered, der);
        Path foreign = tmp.resolve("foreign.csr");
        Files.write(foreign, foreignSignedCsr());
        Path garbage = write(tmp.resolve("garbage.csr"), "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n"
                + "-----END CERTIFICATE REQUEST-----\n");
        Udi noSerial = CaTestSupport.udi("(01)" + GTIN + "(10)LOT1");

        BatchResult batch = authority.issue(List.of(
                IssueRequest.csrFile(weak, unit("W1")),
                IssueRequest.csrFile(sha1, unit("W2")),
                IssueRequest.csrFile(tampered, unit("W3")),
                IssueRequest.csrFile(foreign, unit("W4")),
                IssueRequest.csrFile(garbage, unit("W5")),
                IssueRequest.csrFile(good, noSerial),
                IssueRequest.csrFile(good, unit("OK1")),
                IssueRequest.csrFile(good, unit("OK2"))), SUBJECT_SERIAL, DeviceProfile.IDEVID);

        assertThat(batch.issued()).extracting(d -> d.udi().serial()).containsExactly("OK1");
        assertThat(batch.rejected()).extracting(r -> r.problem().code()).containsExactly(
                "csr.weak-key", "csr.weak-signature", "csr.signature-invalid", "csr.signature-invalid",
                "csr.not-der", "ca.udi-no-serial", "ca.key-reused");
        assertThat(batch.rejected().get(0).problem().message()).contains("1024").contains("2048");
        assertThat(batch.rejected().get(2).problem().where()).endsWith("tampered.csr");
        assertThat(batch.rejected().get(2).problem().message()).contains("altered or signed by another key");
        assertThat(batch.outcomes()).extracting(DeviceIssue::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(authority.index()).hasSize(1);

        // One UDI, one valid certificate: a second key for the same unit is refused.
        Path other = opensslCsr(tmp, "other", "ec", "Pump");
        BatchResult again = authority.issue(List.of(IssueRequest.csrFile(other, unit("OK1"))), SUBJECT_SERIAL,
                DeviceProfile.IDEVID);
        assertThat(again.rejected()).extracting(r -> r.problem().code()).containsExactly("ca.udi-taken");
    }

    @Test
    void hardwareModuleNameCarriesTheSerialAndTheModelsHwType() throws Exception {
        Path ca = tmp.resolve("ca");
        ProvisioningCa authority = newCa(ca, KeyAlgorithm.EC_P256);
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        BatchResult batch = authority.issue(List.of(
                IssueRequest.publicKey("device 1", g.generateKeyPair().getPublic(), unit("HW-42")),
                IssueRequest.publicKey("device 2", g.generateKeyPair().getPublic(),
                        CaTestSupport.udi("(01)00614141999996(21)X1"))),
                HW_MODULE, new DeviceProfile(Duration.ofDays(3650), true));

        assertThat(batch.rejected()).extracting(r -> r.problem().code()).containsExactly("ca.no-hw-type");
        X509Certificate cert = batch.issued().get(0).certificate();
        GeneralNames san = GeneralNames.getInstance(ASN1OctetString.getInstance(
                cert.getExtensionValue("2.5.29.17")).getOctets());
        GeneralName name = san.getNames()[0];
        assertThat(name.getTagNo()).isEqualTo(GeneralName.otherName);
        ASN1Sequence other = ASN1Sequence.getInstance(name.getName());
        assertThat(other.getObjectAt(0)).isEqualTo(new ASN1ObjectIdentifier("1.3.6.1.5.5.7.8.4"));
        ASN1Sequence hmn = ASN1Sequence.getInstance(((ASN1TaggedObject) other.getObjectAt(1)).getExplicitBaseObject());
        assertThat(hmn.getObjectAt(0)).isEqualTo(new ASN1ObjectIdentifier(HW_TYPE));
        assertThat(new String(ASN1OctetString.getInstance(hmn.getObjectAt(1)).getOctets(), StandardCharsets.US_ASCII))
                .isEqualTo("HW-42");
        assertThat(X500Name.getInstance(cert.getSubjectX500Principal().getEncoded()).toString())
                .doesNotContain("SERIALNUMBER");
        assertThat(cert.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(cert.getKeyUsage()[4]).as("keyAgreement").isTrue();

        Path pem = Path.of(certFile(authority, batch.issued().get(0)));
        assertThat(opensslOk(ca, "verify", "-CAfile", "root.pem", "-untrusted", "issuing.pem", pem.toString()))
                .contains(": OK");
        // openssl decodes the SAN's DER: the hardwareModuleName otherName, the hwType and the serial octets.
        String asn1 = opensslOk(ca, "asn1parse", "-in", pem.toString());
        java.util.regex.Matcher sanAt = java.util.regex.Pattern
                .compile("X509v3 Subject Alternative Name\\s*\\n\\s*(\\d+):").matcher(asn1);
        assertThat(sanAt.find()).as(asn1).isTrue();
        String sanAsn1 = opensslOk(ca, "asn1parse", "-in", pem.toString(), "-strparse", sanAt.group(1));
        assertThat(sanAsn1).contains(":1.3.6.1.5.5.7.8.4").contains(":" + HW_TYPE).contains(":HW-42");
    }

    @Test
    void pkcs12IsAesEncryptedAndAWrongPasswordIsRefusedWithoutEchoingIt() throws Exception {
        Path ca = tmp.resolve("ca");
        newCa(ca, KeyAlgorithm.EC_P256);
        Path pass = write(tmp.resolve("pass.txt"), new String(PASSWORD));
        String info = opensslOk(ca, "pkcs12", "-info", "-noout", "-in", "ca.p12", "-passin", "file:" + pass);
        assertThat(info).contains("MAC: sha256").contains("PBES2").contains("PBKDF2").contains("AES-256-CBC")
                .doesNotContain("RC2").doesNotContain("3DES").doesNotContain("pbeWithSHA1");
        ExternalTools.Run wrong = openssl(ca, "pkcs12", "-info", "-noout", "-in", "ca.p12", "-passin", "pass:nope");
        assertThat(wrong.exit()).isNotZero();

        char[] bad = "Tr0ub4dor&3".toCharArray();
        CaResult<CaKeys> refused = Pkcs12CaKeys.open(ca.resolve("ca.p12"), bad, RANDOM);
        assertThat(refused).isInstanceOf(CaResult.Failed.class);
        var problem = ((CaResult.Failed<CaKeys>) refused).problem();
        assertThat(problem.code()).isEqualTo("ca.keystore-password");
        assertThat(problem.message()).contains("ca.p12").doesNotContain("Tr0ub4dor");
    }

    @Test
    void theKeyNeverAppearsInTheCaDirectoryOutsideTheKeyStore() throws Exception {
        Path ca = tmp.resolve("ca");
        ProvisioningCa authority = newCa(ca, KeyAlgorithm.EC_P256);
        authority.issue(List.of(IssueRequest.csrFile(opensslCsr(tmp, "d", "ec", "Pump"), unit("K1"))),
                SUBJECT_SERIAL, DeviceProfile.IDEVID);
        authority.revoke(authority.index().get(0).serial(), RevocationReason.CESSATION_OF_OPERATION);
        authority.publishCrl(Duration.ofDays(1));
        CaConfig config = ok(CaConfig.read(ca));
        try (CaKeys keys = ok(Pkcs12CaKeys.open(ca.resolve("ca.p12"), PASSWORD, RANDOM))) {
            for (String alias : List.of(config.rootAlias(), config.issuingAlias())) {
                PrivateKey key = keys.privateKey(alias).orElseThrow();
                byte[] pkcs8 = key.getEncoded();
                byte[] scalar = unsigned(((ECPrivateKey) key).getS());
                String base64 = Base64.getEncoder().encodeToString(pkcs8);
                try (Stream<Path> files = Files.walk(ca)) {
                    for (Path f : files.filter(Files::isRegularFile).toList()) {
                        if (f.getFileName().toString().equals("ca.p12")) {
                            continue;
                        }
                        byte[] content = Files.readAllBytes(f);
                        String text = new String(content, StandardCharsets.ISO_8859_1);
                        assertThat(indexOf(content, scalar)).as(f + " holds the private scalar").isNegative();
                        assertThat(indexOf(content, pkcs8)).as(f + " holds the PKCS#8 key").isNegative();
                        assertThat(text).as(f.toString()).doesNotContain(base64.substring(0, 40))
                                .doesNotContain("PRIVATE KEY")
                                .doesNotContain(HexFormat.of().formatHex(scalar))
                                .doesNotContain(new String(PASSWORD));
                    }
                }
            }
        }
    }

    @Test
    void renewalKeepsKeyAndUdiUnderANewSerialAndSupersedesTheOldOne() throws Exception {
        Path ca = tmp.resolve("ca");
        ProvisioningCa authority = newCa(ca, KeyAlgorithm.EC_P256);
        IssuedDeviceCertificate first = authority.issue(List.of(IssueRequest.csrFile(
                opensslCsr(tmp, "d", "ec", "Pump"), unit("R1"))), SUBJECT_SERIAL, DeviceProfile.IDEVID).issued().get(0);

        IssuedDeviceCertificate renewed = ok(authority.renew(first.certificate().getSerialNumber(),
                new DeviceProfile(Duration.ofDays(365), false), true));

        assertThat(renewed.serialHex()).isNotEqualTo(first.serialHex());
        assertThat(renewed.certificate().getPublicKey()).isEqualTo(first.certificate().getPublicKey());
        assertThat(renewed.certificate().getSubjectX500Principal()).isEqualTo(first.certificate()
                .getSubjectX500Principal());
        assertThat(renewed.certificate().getExtensionValue("2.5.29.17"))
                .isEqualTo(first.certificate().getExtensionValue("2.5.29.17"));
        assertThat(renewed.udi().serial()).isEqualTo("R1");
        assertThat(authority.index()).extracting(IssuedEntry::reason)
                .containsExactly(RevocationReason.SUPERSEDED, null);
        assertThat(authority.index().get(1).renewedFrom()).isEqualTo(first.certificate().getSerialNumber());

        write(ca.resolve("crl.pem"), Pem.crl(authority.publishCrl(Duration.ofDays(1))));
        assertThat(opensslOk(ca, "verify", "-crl_check", "-CRLfile", "crl.pem", "-CAfile", "root.pem",
                "-untrusted", "issuing.pem", certFile(authority, renewed))).contains(": OK");
        ExternalTools.Run old = openssl(ca, "verify", "-crl_check", "-CRLfile", "crl.pem", "-CAfile", "root.pem",
                "-untrusted", "issuing.pem", certFile(authority, first));
        assertThat(old.output()).contains("certificate revoked");
        assertThat(authority.renew(first.certificate().getSerialNumber(), DeviceProfile.IDEVID, false))
                .isInstanceOf(CaResult.Failed.class);
        assertThat(authority.revoke(BigInteger.TEN, RevocationReason.UNSPECIFIED)).isInstanceOf(CaResult.Failed.class);
    }

    @Test
    void anRsa3072CaIssuesCertificatesOpensslVerifies() throws Exception {
        Path ca = tmp.resolve("ca");
        ProvisioningCa authority = newCa(ca, KeyAlgorithm.RSA_3072);
        assertThat(opensslOk(ca, "x509", "-noout", "-text", "-in", "issuing.pem"))
                .contains("Public-Key: (3072 bit)").contains("sha256WithRSAEncryption")
                .contains("CA:TRUE, pathlen:0").contains("Certificate Sign, CRL Sign");
        IssuedDeviceCertificate device = authority.issue(List.of(IssueRequest.csrFile(
                opensslCsr(tmp, "d", "ec", "Pump"), unit("RSA1"))), SUBJECT_SERIAL, DeviceProfile.IDEVID)
                .issued().get(0);
        assertThat(opensslOk(ca, "verify", "-CAfile", "root.pem", "-untrusted", "issuing.pem",
                certFile(authority, device))).contains(": OK");
    }

    @Test
    void anIssuingCaMadeByOpensslIsImportedFromPkcs12AndIssues() throws Exception {
        Path work = tmp.resolve("openssl-ca");
        Files.createDirectories(work);
        write(work.resolve("ext.cnf"), "[ca]\nbasicConstraints=critical,CA:TRUE,pathlen:0\n"
                + "keyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\n"
                + "authorityKeyIdentifier=keyid\n");
        opensslOk(work, "req", "-x509", "-new", "-nodes", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                "-keyout", "root.key", "-subj", "/CN=Legacy Root", "-days", "3650", "-out", "root.pem");
        opensslOk(work, "req", "-new", "-nodes", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                "-keyout", "sub.key", "-subj", "/CN=Legacy Issuing", "-out", "sub.csr");
        opensslOk(work, "x509", "-req", "-in", "sub.csr", "-CA", "root.pem", "-CAkey", "root.key",
                "-CAcreateserial", "-days", "3650", "-extfile", "ext.cnf", "-extensions", "ca", "-out", "sub.pem");
        opensslOk(work, "pkcs12", "-export", "-inkey", "sub.key", "-in", "sub.pem", "-certfile", "root.pem",
                "-passout", "pass:import-secret", "-out", "sub.p12");

        CaKeys source = ok(Pkcs12CaKeys.open(work.resolve("sub.p12"), "import-secret".toCharArray(), RANDOM));
        String alias = ((Pkcs12CaKeys) source).firstKeyAlias().orElseThrow();
        Path ca = tmp.resolve("ca");
        Path p12 = ca.resolve("ca.p12");
        Files.createDirectories(ca);
        ProvisioningCa authority = ok(ProvisioningCa.importIssuing(ca, CaConfig.pkcs12(p12),
                ok(Pkcs12CaKeys.create(p12, PASSWORD, RANDOM)), source.privateKey(alias).orElseThrow(),
                source.chain(alias), CLOCK, RANDOM));
        source.close();

        IssuedDeviceCertificate device = authority.issue(List.of(IssueRequest.csrFile(
                opensslCsr(tmp, "d", "rsa:2048", "Pump"), unit("IMP1"))), SUBJECT_SERIAL, DeviceProfile.IDEVID)
                .issued().get(0);
        assertThat(opensslOk(work, "verify", "-CAfile", "root.pem", "-untrusted", "sub.pem",
                certFile(authority, device))).contains(": OK");
        assertThat(Files.readString(ca.resolve("root.pem"))).isEqualTo(Files.readString(work.resolve("root.pem"))
                .replace("\r", ""));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private byte[] opensslDer(Path csr) throws Exception {
        Path der = csr.resolveSibling(csr.getFileName() + ".der");
        opensslOk(tmp, "req", "-in", csr.toString(), "-outform", "DER", "-out", der.toString());
        return Files.readAllBytes(der);
    }

    /** A CSR carrying key A but signed with key B: what a device would send if it did not hold its key. */
    private static byte[] foreignSignedCsr() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        KeyPair a = g.generateKeyPair();
        KeyPair b = g.generateKeyPair();
        return new PKCS10CertificationRequestBuilder(new X500Name("CN=Impostor"),
                SubjectPublicKeyInfo.getInstance(a.getPublic().getEncoded()))
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(b.getPrivate())).getEncoded();
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}
