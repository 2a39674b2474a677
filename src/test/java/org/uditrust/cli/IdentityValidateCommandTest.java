package org.uditrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.uditrust.identity.OpensslFixtures;

/** {@code uditrust identity validate} on files openssl made, as a user would run it. */
class IdentityValidateCommandTest {

    private static final String AT = "2026-01-31T12:00:00Z";

    private static String f(String name) {
        return OpensslFixtures.file(name).toString();
    }

    @Test
    void validChainExitsZeroAndListsThePath() {
        CliRunner.Run run = CliRunner.run("identity", "validate", "--trust", f("root-ec.pem"), "--untrusted",
                f("ca-ec.pem"), "--crl", f("ca-ec.crl.pem"), "--crl", f("root-ec.crl.pem"), "--at", AT,
                f("leaf-ec.pem"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("VALID: ").contains("(revocation: require)")
                .contains("0  serialNumber=SN0001,CN=Acme Infusion Pump,O=Acme")
                .contains("2  CN=Acme Root CA").contains("trust anchor");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void revokedExitsOneNamingCertificateAndRule() {
        CliRunner.Run run = CliRunner.run("identity", "validate", "--trust", f("root-ec.pem"), "--untrusted",
                f("ca-ec.pem"), "--crl", f("ca-ec.crl.pem"), "--crl", f("root-ec.crl.pem"), "--at", AT,
                f("leaf-revoked.pem"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("INVALID: ")
                .contains("FAILED path.revoked: certificate 0 (serialNumber=SN0002,CN=Revoked Pump) is revoked");
    }

    @Test
    void jsonOutput() throws Exception {
        CliRunner.Run run = CliRunner.run("identity", "validate", "--json", "--trust", f("root-ec.pem"),
                "--untrusted", f("chain-ec.pem"), "--at", AT, f("leaf-pathlen.pem"), "--untrusted", f("ca-sub.pem"));
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode o = new ObjectMapper().readTree(run.out());
        assertThat(o.get("valid").asBoolean()).isFalse();
        assertThat(o.get("revocation").asText()).isEqualTo("none");
        assertThat(o.get("path")).hasSize(4);
        assertThat(o.get("path").get(0).get("notAfter").asText()).isEqualTo("2035-01-01T00:00:00Z");
        assertThat(o.get("path").get(0).get("sha256").asText()).hasSize(64);
        JsonNode failure = o.get("failures").get(0);
        assertThat(failure.get("rule").asText()).isEqualTo("path.path-length");
        assertThat(failure.get("index").asInt()).isEqualTo(1);
        assertThat(failure.get("subject").asText()).isEqualTo("CN=Acme Sub CA");
        assertThat(failure.get("message").asText()).contains("pathLenConstraint");
        assertThat(o.get("warnings")).isEmpty();
    }

    @Test
    void bestEffortWarnsAndStillExitsZero() throws Exception {
        CliRunner.Run run = CliRunner.run("identity", "validate", "--json", "--revocation", "best-effort",
                "--trust", f("root-ec.pem"), "--untrusted", f("ca-ec.pem"), "--crl", f("ca-ec.crl.der"), "--at", AT,
                f("leaf-ec.der"));
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        JsonNode o = new ObjectMapper().readTree(run.out());
        assertThat(o.get("valid").asBoolean()).isTrue();
        assertThat(o.get("warnings").get(0).get("rule").asText()).isEqualTo("path.revocation-unknown");
    }

    @Test
    void storedOcspResponses() {
        String now = java.time.Instant.now().plusSeconds(60).toString();
        CliRunner.Run good = CliRunner.run("identity", "validate", "--trust", f("root-ec.pem"), "--untrusted",
                f("ca-ec.pem"), "--ocsp", f("leaf-ec.ocsp.der"), "--revocation", "best-effort", "--at", now,
                f("leaf-ec.pem"));
        assertThat(good.exitCode()).as(good.out()).isZero();
        CliRunner.Run revoked = CliRunner.run("identity", "validate", "--trust", f("root-ec.pem"), "--untrusted",
                f("ca-ec.pem"), "--ocsp", f("leaf-revoked.ocsp.der"), "--at", now, f("leaf-revoked.pem"));
        assertThat(revoked.exitCode()).isEqualTo(1);
        assertThat(revoked.out()).contains("(revocation: require)").contains("FAILED path.revoked: ")
                .contains("OCSP");
    }

    @Test
    void weakKeyFailsUnlessAllowed() {
        String[] base = {"identity", "validate", "--trust", f("root-rsa.pem"), "--untrusted", f("ca-rsa.pem"),
            "--at", AT, f("leaf-rsa1024.pem")};
        CliRunner.Run strict = CliRunner.run(base);
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.out()).contains("FAILED policy.weak-key: certificate 0 (CN=Weak Key Pump) has a 1024-bit RSA key");
        String[] allowing = java.util.Arrays.copyOf(base, base.length + 1);
        allowing[base.length] = "--allow-weak";
        CliRunner.Run flagged = CliRunner.run(allowing);
        assertThat(flagged.exitCode()).isZero();
        assertThat(flagged.out()).contains("warning policy.weak-key: certificate 0 (CN=Weak Key Pump)");
    }

    @Test
    void requiredEkuByNameOrOid() {
        CliRunner.Run ok = CliRunner.run("identity", "validate", "--trust", f("root-ec.pem"), "--untrusted",
                f("ca-ec.pem"), "--at", AT, "--eku", "clientAuth", f("leaf-ec.pem"));
        assertThat(ok.exitCode()).isZero();
        CliRunner.Run missing = CliRunner.run("identity", "validate", "--trust", f("root-ec.pem"), "--untrusted",
                f("ca-ec.pem"), "--at", AT, "--eku", "1.3.6.1.5.5.7.3.1", f("leaf-ec.pem"));
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.out()).contains("path.extended-key-usage");
    }

    @Test
    void usageErrorsExitTwo() {
        String root = f("root-ec.pem");
        String leaf = f("leaf-ec.pem");
        assertUsage(CliRunner.run("identity", "validate", "--trust", root), "LEAF.pem");
        assertUsage(CliRunner.run("identity", "validate", leaf), "--trust");
        assertUsage(CliRunner.run("identity", "validate", "--trust", "/nonexistent/root.pem", leaf), "no such file");
        assertUsage(CliRunner.run("identity", "validate", "--trust", root, "--at", "yesterday", leaf), "--at");
        assertUsage(CliRunner.run("identity", "validate", "--trust", root, "--eku", "1.3.x", leaf), "--eku");
        assertUsage(CliRunner.run("identity", "validate", "--trust", root, "--revocation", "maybe", leaf),
                "--revocation");
        assertUsage(CliRunner.run("identity", "validate", "--trust", f("leaf-ec.key"), leaf), "private key");
        assertUsage(CliRunner.run("identity", "validate", "--trust", root, "--crl", root, leaf), "holds no CRL");
        assertThat(CliRunner.run("identity", "validate", "--trust", root, "--bogus", leaf).exitCode()).isEqualTo(2);
    }

    private static void assertUsage(CliRunner.Run run, String mentions) {
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.err()).contains(mentions);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void defaultTimeIsTheClock() {
        // CliRunner's clock is 2026-11-25: the expired device (2022..2023) fails without --at.
        CliRunner.Run run = CliRunner.run("identity", "validate", "--trust", f("root-ec.pem"), "--untrusted",
                f("ca-ec.pem"), f("leaf-expired.pem"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("at 2026-11-25T12:00:00Z").contains("path.expired");
        assertThat(Path.of(f("leaf-expired.pem"))).exists();
    }
}
