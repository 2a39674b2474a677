package org.uditrust.identity.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uditrust.identity.ca.CaTestSupport.CLOCK;
import static org.uditrust.identity.ca.CaTestSupport.RANDOM;
import static org.uditrust.identity.ca.CaTestSupport.SUBJECT_SERIAL;
import static org.uditrust.identity.ca.CaTestSupport.opensslCsr;
import static org.uditrust.identity.ca.CaTestSupport.unit;
import static org.uditrust.identity.ca.CaTestSupport.write;
import static org.uditrust.identity.ca.ExternalTools.openssl;
import static org.uditrust.identity.ca.ExternalTools.opensslOk;
import static org.uditrust.identity.ca.ProvisioningCaOpensslTest.certFile;
import static org.uditrust.identity.ca.ProvisioningCaOpensslTest.ok;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uditrust.identity.IdentityProblem;

/**
 * The same CA with its keys on a PKCS#11 token (SoftHSM2): keys are generated on the token, cannot be extracted,
 * sign there, and what they sign verifies with openssl.
 */
class ProvisioningCaSoftHsmTest {

    @TempDir
    Path tmp;

    private static char[] pin() {
        return SoftHsm.PIN.toCharArray();
    }

    @Test
    void aBatchIssuedFromAnHsmHeldKeyVerifiesWithOpensslAndTheKeyCannotLeaveTheToken() throws Exception {
        Pkcs11Token token = SoftHsm.token();
        ExternalTools.requireOpenssl();
        Path ca = tmp.resolve("ca");
        char[] pin = pin();
        CaKeys keys = ok(Pkcs11CaKeys.open(token, pin));
        java.util.Arrays.fill(pin, '\0');
        ProvisioningCa authority = ok(ProvisioningCa.create(ca, CaConfig.pkcs11(token), keys,
                CaSetup.of(KeyAlgorithm.EC_P256, "CN=HSM Root,O=Acme Medical", "CN=HSM Issuing,O=Acme Medical"),
                CLOCK, RANDOM));
        CaConfig config = ok(CaConfig.read(ca));
        PrivateKey onToken = keys.privateKey(config.issuingAlias()).orElseThrow();
        assertThat(onToken.getEncoded()).as("a sensitive token key has no encoding").isNull();
        assertThat(onToken.getClass().getName()).contains("P11");
        assertThat(Files.readString(ca.resolve("ca.json"))).contains("\"pkcs11TokenLabel\":\"" + SoftHsm.TOKEN_LABEL)
                .doesNotContain(SoftHsm.PIN);

        BatchResult batch = authority.issue(List.of(
                IssueRequest.csrFile(opensslCsr(tmp, "ec", "ec", "Pump"), unit("HSM1")),
                IssueRequest.csrFile(opensslCsr(tmp, "rsa", "rsa:2048", "Monitor"), unit("HSM2"))),
                SUBJECT_SERIAL, DeviceProfile.IDEVID);
        assertThat(batch.rejected()).isEmpty();
        for (IssuedDeviceCertificate device : batch.issued()) {
            assertThat(opensslOk(ca, "verify", "-CAfile", "root.pem", "-untrusted", "issuing.pem",
                    certFile(authority, device))).contains(": OK");
        }
        keys.close();

        // A later session: log in again, revoke, and publish a CRL signed on the token.
        pin = pin();
        try (CaKeys again = ok(Pkcs11CaKeys.open(token, pin))) {
            java.util.Arrays.fill(pin, '\0');
            ProvisioningCa reopened = ok(ProvisioningCa.open(ca, again, CLOCK, RANDOM));
            reopened.revoke(batch.issued().get(0).certificate().getSerialNumber(), RevocationReason.KEY_COMPROMISE);
            write(ca.resolve("crl.pem"), Pem.crl(reopened.publishCrl(Duration.ofDays(7))));
        }
        ExternalTools.Run revoked = openssl(ca, "verify", "-crl_check", "-CRLfile", "crl.pem", "-CAfile", "root.pem",
                "-untrusted", "issuing.pem", certFile(authority, batch.issued().get(0)));
        assertThat(revoked.output()).contains("certificate revoked");
        assertThat(opensslOk(ca, "verify", "-crl_check", "-CRLfile", "crl.pem", "-CAfile", "root.pem",
                "-untrusted", "issuing.pem", certFile(authority, batch.issued().get(1)))).contains(": OK");
    }

    @Test
    void anRsaCaOnTheToken() throws Exception {
        Pkcs11Token token = SoftHsm.token();
        Path ca = tmp.resolve("ca");
        try (CaKeys keys = ok(Pkcs11CaKeys.open(token, pin()))) {
            ProvisioningCa authority = ok(ProvisioningCa.create(ca, CaConfig.pkcs11(token), keys,
                    CaSetup.of(KeyAlgorithm.RSA_3072, "CN=HSM RSA Root", "CN=HSM RSA Issuing"), CLOCK, RANDOM));
            IssuedDeviceCertificate device = authority.issue(List.of(IssueRequest.csrFile(
                    opensslCsr(tmp, "ec", "ec", "Pump"), unit("HSMR1"))), SUBJECT_SERIAL, DeviceProfile.IDEVID)
                    .issued().get(0);
            assertThat(opensslOk(ca, "verify", "-CAfile", "root.pem", "-untrusted", "issuing.pem",
                    certFile(authority, device))).contains(": OK");
        }
    }

    @Test
    void aWrongPinOrAnUnknownTokenIsRefusedWithoutEchoingThePin() throws Exception {
        Pkcs11Token token = SoftHsm.token();
        CaResult<CaKeys> wrong = Pkcs11CaKeys.open(token, "99999999".toCharArray());
        assertThat(wrong).isInstanceOf(CaResult.Failed.class);
        IdentityProblem problem = ((CaResult.Failed<CaKeys>) wrong).problem();
        assertThat(problem.code()).isEqualTo("ca.pkcs11-pin");
        assertThat(problem.message()).doesNotContain("99999999");

        CaResult<CaKeys> missing = Pkcs11CaKeys.open(new Pkcs11Token(token.library(), "no-such-token", null), pin());
        IdentityProblem absent = ((CaResult.Failed<CaKeys>) missing).problem();
        assertThat(absent.code()).isEqualTo("ca.pkcs11-token-missing");
        assertThat(absent.message()).contains("no-such-token").contains(SoftHsm.TOKEN_LABEL);
    }
}
