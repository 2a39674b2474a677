package org.uditrust.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The negative matrix of issue #5 and the positive cases, on certificates and CRLs openssl made
 * (make-fixtures.sh); each case is also given to {@code openssl verify}, which must agree on accept / reject.
 */
class PathValidatorTest {

    private static final PathValidator VALIDATOR = new PathValidator();
    private static final Instant AT = OpensslFixtures.AT;

    private static List<X509Certificate> certs(List<String> names) {
        return names.stream().map(OpensslFixtures::cert).toList();
    }

    private static PathValidation validate(List<String> anchors, List<String> untrusted, List<String> crls,
                                           String leaf, RevocationMode mode, AlgorithmPolicy policy,
                                           Set<String> ekus, Instant at, List<byte[]> ocsp) {
        return VALIDATOR.validate(new ValidationRequest(OpensslFixtures.cert(leaf), certs(untrusted),
                certs(anchors), crls.stream().map(OpensslFixtures::crl).toList(), ocsp, at, ekus, mode, policy));
    }

    private static PathValidation validate(List<String> anchors, List<String> untrusted, List<String> crls,
                                           String leaf, RevocationMode mode) {
        return validate(anchors, untrusted, crls, leaf, mode, AlgorithmPolicy.DEFAULT, Set.of(), AT, List.of());
    }

    static Stream<Arguments> matrix() {
        List<String> ec = List.of("root-ec");
        List<String> rsa = List.of("root-rsa");
        List<String> none = List.of();
        List<String> ecCrls = List.of("ca-ec", "root-ec");
        RevocationMode req = RevocationMode.REQUIRE;
        RevocationMode off = RevocationMode.NONE;
        return Stream.of(
                Arguments.of("valid P-256 chain with CRLs", ec, List.of("ca-ec"), ecCrls, "leaf-ec", req, null),
                Arguments.of("valid P-256 chain, no revocation", ec, List.of("ca-ec"), none, "leaf-ec", off, null),
                Arguments.of("valid RSA 2048 chain with CRLs", rsa, List.of("ca-rsa"), List.of("ca-rsa", "root-rsa"),
                        "leaf-rsa", req, null),
                Arguments.of("valid under name constraints", ec, List.of("ca-nc"), none, "leaf-nc-ok", off, null),
                Arguments.of("revoked", ec, List.of("ca-ec"), ecCrls, "leaf-revoked", req, ValidationRule.REVOKED),
                Arguments.of("revocation required, no CRL", ec, List.of("ca-ec"), none, "leaf-ec", req,
                        ValidationRule.REVOCATION_UNKNOWN),
                Arguments.of("expired", ec, List.of("ca-ec"), none, "leaf-expired", off, ValidationRule.EXPIRED),
                Arguments.of("not yet valid", ec, List.of("ca-ec"), none, "leaf-future", off,
                        ValidationRule.NOT_YET_VALID),
                Arguments.of("wrong issuer", ec, List.of("ca-ec"), none, "leaf-wrong-issuer", off,
                        ValidationRule.NO_TRUST_ANCHOR),
                Arguments.of("bad signature", ec, List.of("ca-ec"), none, "leaf-badsig", off,
                        ValidationRule.SIGNATURE),
                Arguments.of("CA:false intermediate", ec, List.of("ca-notca"), none, "leaf-notca-child", off,
                        ValidationRule.BASIC_CONSTRAINTS),
                Arguments.of("path length exceeded", ec, List.of("ca-ec", "ca-sub"), none, "leaf-pathlen", off,
                        ValidationRule.PATH_LENGTH),
                Arguments.of("name constraint violation", ec, List.of("ca-nc"), none, "leaf-nc-bad", off,
                        ValidationRule.NAME_CONSTRAINTS),
                Arguments.of("excluded IP address", ec, List.of("ca-nc2"), none, "leaf-nc-ip", off,
                        ValidationRule.NAME_CONSTRAINTS),
                Arguments.of("excluded email domain", ec, List.of("ca-nc2"), none, "leaf-nc-email", off,
                        ValidationRule.NAME_CONSTRAINTS),
                Arguments.of("excluded URI host", ec, List.of("ca-nc2"), none, "leaf-nc-uri", off,
                        ValidationRule.NAME_CONSTRAINTS),
                Arguments.of("IP, email, URI outside excluded subtrees", ec, List.of("ca-nc2"), none, "leaf-nc-fine",
                        off, null),
                Arguments.of("subject DN in permitted subtree", ec, List.of("ca-nc3"), none, "leaf-nc-dn-ok", off,
                        null),
                Arguments.of("subject DN outside permitted subtree", ec, List.of("ca-nc3"), none, "leaf-nc-dn-bad",
                        off, ValidationRule.NAME_CONSTRAINTS),
                Arguments.of("CRL signed by a CA without cRLSign", ec, List.of("ca-nocrlsign"),
                        List.of("ca-nocrlsign", "root-ec"), "leaf-nocrlsign", req, ValidationRule.KEY_USAGE),
                Arguments.of("unknown critical extension", ec, List.of("ca-ec"), none, "leaf-critical", off,
                        ValidationRule.UNKNOWN_CRITICAL_EXTENSION),
                Arguments.of("weak key RSA 1024", rsa, List.of("ca-rsa"), none, "leaf-rsa1024", off,
                        ValidationRule.WEAK_KEY),
                Arguments.of("SHA-1 signature", rsa, List.of("ca-rsa"), none, "leaf-sha1", off,
                        ValidationRule.WEAK_ALGORITHM));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void matrixAgreesWithOpenssl(String title, List<String> anchors, List<String> untrusted, List<String> crls,
                                 String leaf, RevocationMode mode, ValidationRule expected) {
        PathValidation v = validate(anchors, untrusted, crls, leaf, mode);
        OpensslFixtures.Result openssl = OpensslFixtures.opensslVerify(anchors, untrusted, crls,
                mode == RevocationMode.REQUIRE, leaf);

        if (expected == null) {
            assertThat(v).as(title + ": " + v.findings()).isInstanceOf(PathValidation.Valid.class);
            assertThat(v.findings()).isEmpty();
            assertThat(v.path()).hasSize(3);
            assertThat(v.path().get(0)).isEqualTo(OpensslFixtures.cert(leaf));
            assertThat(v.path().get(2)).isEqualTo(OpensslFixtures.cert(anchors.get(0)));
            assertThat(openssl.exit()).as("openssl: " + openssl.output()).isZero();
        } else {
            assertThat(v).as(title).isInstanceOf(PathValidation.Invalid.class);
            ValidationFailure first = v.findings().get(0);
            assertThat(first.rule()).as(title + ": " + v.findings()).isEqualTo(expected);
            assertThat(first.warningOnly()).isFalse();
            X509Certificate named = v.path().get(first.index());
            assertThat(first.sha256()).isEqualTo(CertificateInspector.inspect(named).sha256Fingerprint());
            assertThat(first.subject()).isEqualTo(Der.name(named.getSubjectX500Principal()));
            assertThat(first.message()).contains("certificate " + first.index() + " (" + first.subject() + ")");
            assertThat(openssl.exit()).as("openssl must reject too: " + openssl.output()).isNotZero();
        }
    }

    @Test
    void failuresNameTheRightCertificate() {
        PathValidation pathLen = validate(List.of("root-ec"), List.of("ca-sub", "ca-ec"), List.of(), "leaf-pathlen",
                RevocationMode.NONE);
        ValidationFailure f = pathLen.findings().get(0);
        assertThat(f.index()).isEqualTo(1);
        assertThat(f.subject()).isEqualTo("CN=Acme Sub CA");
        assertThat(f.message()).isEqualTo("certificate 1 (CN=Acme Sub CA) is one CA too many: certificate 2 "
                + "(CN=Acme Issuing CA,O=Acme) allows 0 intermediate CAs below it (pathLenConstraint).");

        PathValidation notCa = validate(List.of("root-ec"), List.of("ca-notca"), List.of(), "leaf-notca-child",
                RevocationMode.NONE);
        assertThat(notCa.findings().get(0).message()).isEqualTo("certificate 1 (CN=Acme Not A CA) issued "
                + "certificate 0 but is not a CA: basicConstraints cA is false.");

        PathValidation revoked = validate(List.of("root-ec"), List.of("ca-ec"), List.of("ca-ec", "root-ec"),
                "leaf-revoked", RevocationMode.REQUIRE);
        assertThat(revoked.findings().get(0).message()).startsWith("certificate 0 (serialNumber=SN0002,CN=Revoked "
                + "Pump) is revoked: the CRL of CN=Acme Issuing CA,O=Acme issued 2026-01-01T00:00:00Z lists it as "
                + "revoked on ").endsWith(", reason keyCompromise.");

        PathValidation nc = validate(List.of("root-ec"), List.of("ca-nc"), List.of(), "leaf-nc-bad",
                RevocationMode.NONE);
        assertThat(nc.findings().get(0).message()).contains("DNS:dev1.evil.example");
        assertThat(validate(List.of("root-ec"), List.of("ca-nc2"), List.of(), "leaf-nc-ip", RevocationMode.NONE)
                .findings().get(0).message()).contains("IP:10.1.2.3");
        assertThat(validate(List.of("root-ec"), List.of("ca-nc3"), List.of(), "leaf-nc-dn-bad", RevocationMode.NONE)
                .findings().get(0).message()).contains("DN:CN=Pump Outside Acme,O=Other");
    }

    @Test
    void bestEffortWarnsOfMissingRevocationDataButValidates() {
        PathValidation v = validate(List.of("root-ec"), List.of("ca-ec"), List.of("ca-ec"), "leaf-ec",
                RevocationMode.BEST_EFFORT);
        assertThat(v).isInstanceOf(PathValidation.Valid.class);
        assertThat(v.findings()).singleElement().satisfies(w -> {
            assertThat(w.warningOnly()).isTrue();
            assertThat(w.rule()).isEqualTo(ValidationRule.REVOCATION_UNKNOWN);
            assertThat(w.index()).isEqualTo(1);
            assertThat(w.message()).contains("no CRL or OCSP response from its issuer CN=Acme Root CA");
        });

        PathValidation require = validate(List.of("root-ec"), List.of("ca-ec"), List.of("ca-ec"), "leaf-ec",
                RevocationMode.REQUIRE);
        assertThat(require).isInstanceOf(PathValidation.Invalid.class);
        assertThat(require.findings()).extracting(ValidationFailure::rule, ValidationFailure::index)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ValidationRule.REVOCATION_UNKNOWN, 1));
    }

    @Test
    void crlFromAnotherKeyOrWithABrokenSignatureIsNotUsed() {
        PathValidation impostor = validate(List.of("root-ec"), List.of("ca-ec"), List.of("other-ca", "root-ec"),
                "leaf-revoked", RevocationMode.REQUIRE);
        assertThat(impostor.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(ValidationRule.REVOCATION_UNKNOWN);
            assertThat(f.index()).isZero();
            assertThat(f.message()).contains("signed by another key");
        });
        PathValidation broken = validate(List.of("root-ec"), List.of("ca-ec"), List.of("ca-ec-badsig", "root-ec"),
                "leaf-revoked", RevocationMode.REQUIRE);
        assertThat(broken.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(ValidationRule.REVOCATION_UNKNOWN);
            assertThat(f.message()).contains("the CRL's signature does not verify with the issuer's key");
        });
        OpensslFixtures.Result openssl = OpensslFixtures.opensslVerify(List.of("root-ec"), List.of("ca-ec"),
                List.of("ca-ec-badsig", "root-ec"), true, "leaf-revoked");
        assertThat(openssl.exit()).isNotZero();
    }

    @Test
    void staleCrlIsNotUsed() {
        Instant later = Instant.parse("2027-07-01T00:00:00Z");
        PathValidation v = validate(List.of("root-ec"), List.of("ca-ec"), List.of("ca-ec", "root-ec"), "leaf-revoked",
                RevocationMode.REQUIRE, AlgorithmPolicy.DEFAULT, Set.of(), later, List.of());
        assertThat(v.findings()).extracting(ValidationFailure::rule).containsOnly(ValidationRule.REVOCATION_UNKNOWN);
        assertThat(v.findings().get(0).message()).contains("stale");
    }

    @Test
    void weakAlgorithmsOnlyFlaggedWhenThePolicySaysSo() {
        AlgorithmPolicy flag = AlgorithmPolicy.DEFAULT.flagOnly();
        PathValidation weakKey = validate(List.of("root-rsa"), List.of("ca-rsa"), List.of(), "leaf-rsa1024",
                RevocationMode.NONE, flag, Set.of(), AT, List.of());
        assertThat(weakKey).isInstanceOf(PathValidation.Valid.class);
        assertThat(weakKey.findings()).singleElement().satisfies(w -> {
            assertThat(w.rule()).isEqualTo(ValidationRule.WEAK_KEY);
            assertThat(w.warningOnly()).isTrue();
            assertThat(w.message()).contains("1024-bit RSA key");
        });
        PathValidation sha1 = validate(List.of("root-rsa"), List.of("ca-rsa"), List.of(), "leaf-sha1",
                RevocationMode.NONE, flag, Set.of(), AT, List.of());
        assertThat(sha1).isInstanceOf(PathValidation.Valid.class);
        assertThat(sha1.findings()).extracting(ValidationFailure::rule).containsExactly(ValidationRule.WEAK_ALGORITHM);
    }

    @Test
    void requiredExtendedKeyUsage() {
        PathValidation client = validate(List.of("root-ec"), List.of("ca-ec"), List.of(), "leaf-ec",
                RevocationMode.NONE, AlgorithmPolicy.DEFAULT, Set.of("1.3.6.1.5.5.7.3.2"), AT, List.of());
        assertThat(client).isInstanceOf(PathValidation.Valid.class);
        PathValidation server = validate(List.of("root-ec"), List.of("ca-ec"), List.of(), "leaf-ec",
                RevocationMode.NONE, AlgorithmPolicy.DEFAULT, Set.of("1.3.6.1.5.5.7.3.1"), AT, List.of());
        assertThat(server.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(ValidationRule.EXTENDED_KEY_USAGE);
            assertThat(f.message()).contains("1.3.6.1.5.5.7.3.1").contains("it has 1.3.6.1.5.5.7.3.2");
        });
    }

    @Test
    void triesAlternativeIssuersAndIgnoresExtraCandidates() {
        PathValidation v = validate(List.of("root-rsa", "root-ec"), List.of("other-ca", "ca-notca", "ca-rsa", "ca-ec"),
                List.of(), "leaf-ec", RevocationMode.NONE);
        assertThat(v).isInstanceOf(PathValidation.Valid.class);
        assertThat(v.path()).extracting(c -> Der.name(c.getSubjectX500Principal())).containsExactly(
                "serialNumber=SN0001,CN=Acme Infusion Pump,O=Acme", "CN=Acme Issuing CA,O=Acme", "CN=Acme Root CA");
    }

    @Test
    void pinnedIntermediateIsAnAnchorAndTheLeafMayBeOne() {
        PathValidation pinned = validate(List.of("ca-ec"), List.of(), List.of(), "leaf-ec", RevocationMode.NONE);
        assertThat(pinned).isInstanceOf(PathValidation.Valid.class);
        assertThat(pinned.path()).hasSize(2);

        PathValidation itself = validate(List.of("leaf-ec"), List.of(), List.of(), "leaf-ec", RevocationMode.REQUIRE);
        assertThat(itself).isInstanceOf(PathValidation.Valid.class);
        assertThat(itself.path()).hasSize(1);
    }

    @Test
    void forgedSignatureMessage() {
        PathValidation v = validate(List.of("root-ec"), List.of("ca-ec"), List.of(), "leaf-badsig",
                RevocationMode.NONE);
        assertThat(v.findings()).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo(
                "certificate 0 (serialNumber=SN0001,CN=Acme Infusion Pump,O=Acme) has a signature that does not "
                + "verify with the public key of certificate 1 (CN=Acme Issuing CA,O=Acme): it was altered or "
                + "signed by another key."));
    }

    @Test
    void selfSignedImpostorIsNotAnAnchor() {
        PathValidation v = validate(List.of("root-ec"), List.of("other-ca"), List.of(), "leaf-wrong-issuer",
                RevocationMode.NONE);
        assertThat(v.path()).hasSize(2);
        assertThat(v.findings().get(0).rule()).isEqualTo(ValidationRule.NO_TRUST_ANCHOR);
        assertThat(v.findings().get(0).index()).isEqualTo(1);
        assertThat(v.findings().get(0).message()).contains("self-signed but is not one of the trust anchors");
    }

    @Test
    void allFailuresMostImportantFirst() {
        // At 2040 the forged leaf is also expired, and so is its issuing CA.
        PathValidation v = validate(List.of("root-ec"), List.of("ca-ec"), List.of(), "leaf-badsig",
                RevocationMode.NONE, AlgorithmPolicy.DEFAULT, Set.of(), Instant.parse("2040-06-01T00:00:00Z"),
                List.of());
        assertThat(v.findings()).extracting(ValidationFailure::rule, ValidationFailure::index).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ValidationRule.SIGNATURE, 0),
                org.assertj.core.groups.Tuple.tuple(ValidationRule.EXPIRED, 0),
                org.assertj.core.groups.Tuple.tuple(ValidationRule.EXPIRED, 1));
    }

    @Test
    void storedOcspResponses() {
        Instant now = Instant.now();
        List<byte[]> ocsp = List.of(OpensslFixtures.bytes("leaf-ec.ocsp.der"),
                OpensslFixtures.bytes("leaf-revoked.ocsp.der"));
        PathValidation good = validate(List.of("root-ec"), List.of("ca-ec"), List.of(), "leaf-ec",
                RevocationMode.BEST_EFFORT, AlgorithmPolicy.DEFAULT, Set.of(), now, ocsp);
        assertThat(good).isInstanceOf(PathValidation.Valid.class);
        assertThat(good.findings()).extracting(ValidationFailure::index).containsExactly(1);   // root CRL missing

        PathValidation revoked = validate(List.of("root-ec"), List.of("ca-ec"), List.of(), "leaf-revoked",
                RevocationMode.BEST_EFFORT, AlgorithmPolicy.DEFAULT, Set.of(), now, ocsp);
        assertThat(revoked.findings().get(0).rule()).isEqualTo(ValidationRule.REVOKED);
        assertThat(revoked.findings().get(0).message()).contains("OCSP").contains("keyCompromise");

        // The leaf-ec response says nothing of leaf-revoked, and a response signed by another CA counts for nothing.
        PathValidation unrelated = validate(List.of("root-ec"), List.of("ca-ec"), List.of(), "leaf-revoked",
                RevocationMode.REQUIRE, AlgorithmPolicy.DEFAULT, Set.of(), now, List.of(ocsp.get(0), new byte[] {1, 2}));
        assertThat(unrelated.findings()).extracting(ValidationFailure::rule)
                .containsOnly(ValidationRule.REVOCATION_UNKNOWN);
    }

    @Test
    void delegatedOcspResponderNeedsOcspSigning() {
        Instant now = Instant.now();
        PathValidation delegated = validate(List.of("root-ec"), List.of("ca-ec"), List.of(), "leaf-revoked",
                RevocationMode.BEST_EFFORT, AlgorithmPolicy.DEFAULT, Set.of(), now,
                List.of(OpensslFixtures.bytes("leaf-revoked.ocsp-responder.ocsp.der")));
        assertThat(delegated.findings().get(0).rule()).isEqualTo(ValidationRule.REVOKED);

        PathValidation impostor = validate(List.of("root-ec"), List.of("ca-ec"), List.of(), "leaf-revoked",
                RevocationMode.REQUIRE, AlgorithmPolicy.DEFAULT, Set.of(), now,
                List.of(OpensslFixtures.bytes("leaf-revoked.not-responder.ocsp.der")));
        assertThat(impostor.findings()).extracting(ValidationFailure::rule)
                .containsOnly(ValidationRule.REVOCATION_UNKNOWN);
        assertThat(impostor.findings().get(0).message()).contains("id-kp-OCSPSigning");
    }

    @Test
    void cacheDoesNotChangeOutcomes() {
        PathValidator cold = new PathValidator(0, 0);
        for (int round = 0; round < 2; round++) {
            for (String leaf : List.of("leaf-ec", "leaf-badsig", "leaf-ec")) {
                ValidationRequest r = new ValidationRequest(OpensslFixtures.cert(leaf),
                        certs(List.of("ca-ec")), certs(List.of("root-ec")), List.of(OpensslFixtures.crl("ca-ec"),
                        OpensslFixtures.crl("root-ec")), List.of(), AT, Set.of(), RevocationMode.REQUIRE,
                        AlgorithmPolicy.DEFAULT);
                assertThat(VALIDATOR.validate(r).getClass()).isEqualTo(cold.validate(r).getClass());
                assertThat(VALIDATOR.validate(r).findings()).isEqualTo(cold.validate(r).findings());
            }
        }
    }
}
