package org.uditrust.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uditrust.identity.ca.ExternalTools.openssl;
import static org.uditrust.identity.ca.ExternalTools.opensslOk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uditrust.identity.ca.ExternalTools;
import org.uditrust.identity.ca.SoftHsm;

/** {@code uditrust ca …} end to end, with openssl making the CSRs and checking what the CA issued. */
class CaCommandTest {

    private static final String GTIN = "09506000134352";

    @TempDir
    Path tmp;

    /** The registry the issued devices are recorded in. */
    private Path db() {
        return tmp.resolve("registry.db");
    }

    private Path csr(String name, String key) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("req", "-new", "-nodes"));
        args.addAll(key.equals("ec") ? List.of("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256")
                : List.of("-newkey", key));
        args.addAll(List.of("-keyout", name + ".key", "-subj", "/CN=" + name, "-out", name + ".csr"));
        opensslOk(tmp, args.toArray(new String[0]));
        return tmp.resolve(name + ".csr");
    }

    private static String serialOf(String out, String udiSerial) {
        Matcher m = Pattern.compile("Issued\\s+([0-9A-F]+)\\s+\\(01\\)" + GTIN + "\\S*\\(21\\)" + udiSerial + "\\s")
                .matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return m.group(1);
    }

    @Test
    void initIssueWithLabelsRevokeCrlAndRenewWithAPkcs12Ca() throws Exception {
        ExternalTools.requireOpenssl();
        Path ca = tmp.resolve("ca");
        Path pass = Files.writeString(tmp.resolve("pass.txt"), "a long CA password\n");
        CliRunner.Run init = CliRunner.runOn(db(), "ca", "init", "--dir", ca.toString(), "--pkcs12",
                ca.resolve("ca.p12").toString(), "--password-file", pass.toString(),
                "--root-subject", "CN=Acme Root,O=Acme Medical", "--issuing-subject", "CN=Acme Issuing,O=Acme Medical");
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("Created CA").contains("SHA-256");
        assertThat(init.out() + init.err()).doesNotContain("a long CA password");

        Path ec = csr("pump", "ec");
        Path rsa = csr("monitor", "rsa:2048");
        Path udis = Files.writeString(tmp.resolve("udis.txt"), "(01)" + GTIN + "(21)A100\n"
                + "(01)" + GTIN + "(17)301231(10)L7(21)A101\n");
        Path out = tmp.resolve("out");
        CliRunner.Run issue = CliRunner.runOn(db(), "ca", "issue", "--dir", ca.toString(), "--password-file", pass.toString(),
                "--csr", ec.toString(), rsa.toString(), "--udi-file", udis.toString(), "--out", out.toString(),
                "--labels");
        assertThat(issue.exitCode()).as(issue.out() + issue.err()).isZero();
        assertThat(issue.out()).contains("2 issued, 0 refused").contains("registered as device");
        String first = serialOf(issue.out(), "A100");
        String second = serialOf(issue.out(), "A101");
        // Each issued device is in the registry with the certificate as its bound IDevID, and the audit trail says so.
        CliRunner.Run listed = CliRunner.runOn(db(), "device", "list", "--json");
        assertThat(listed.out()).contains("A100").contains("A101");
        String sha256 = Files.readString(out.resolve("results.jsonl")).lines()
                .filter(l -> l.contains(first)).findFirst().orElseThrow()
                .replaceAll(".*\"sha256\":\"([0-9a-f]{64})\".*", "$1");
        CliRunner.Run shown = CliRunner.runOn(db(), "identity", "show", sha256, "--json");
        assertThat(shown.exitCode()).as(shown.err()).isZero();
        assertThat(shown.out()).containsIgnoringCase("bound").contains("A100");
        CliRunner.Run audit = CliRunner.runOn(db(), "audit", "list", "--json");
        assertThat(audit.out()).contains("identity.provision").contains("provisioning.record");
        assertThat(CliRunner.runOn(db(), "audit", "verify").exitCode()).isZero();
        for (String serial : List.of(first, second)) {
            assertThat(opensslOk(out, "verify", "-CAfile", ca.resolve("root.pem").toString(), "-untrusted",
                    "chain.pem", serial + ".pem")).contains(": OK");
            assertThat(ImageIO.read(out.resolve(serial + ".png").toFile())).isNotNull();
        }
        assertThat(opensslOk(out, "x509", "-noout", "-subject", "-ext", "subjectAltName", "-nameopt", "RFC2253",
                "-in", second + ".pem")).contains("serialNumber=A101")
                .contains("URI:https://id.gs1.org/01/" + GTIN + "/21/A101");
        assertThat(Files.readString(out.resolve("results.jsonl"))).contains("\"serial\":\"" + first + "\"")
                .contains("\"status\":\"issued\"");
        assertThat(Files.readString(out.resolve("devices.pem"))).containsOnlyOnce(
                Files.readString(out.resolve(first + ".pem")));

        CliRunner.Run revoke = CliRunner.runOn(db(), "ca", "revoke", "--dir", ca.toString(), "--password-file",
                pass.toString(), first, "--reason", "key-compromise");
        assertThat(revoke.exitCode()).as(revoke.err()).isZero();
        Path crl = tmp.resolve("crl.pem");
        CliRunner.Run crlRun = CliRunner.runOn(db(), "ca", "crl", "--dir", ca.toString(), "--password-file", pass.toString(),
                "--out", crl.toString());
        assertThat(crlRun.exitCode()).as(crlRun.err()).isZero();
        assertThat(crlRun.out()).contains("1 revoked");
        ExternalTools.Run revoked = openssl(out, "verify", "-crl_check", "-CRLfile", crl.toString(), "-CAfile",
                ca.resolve("root.pem").toString(), "-untrusted", "chain.pem", first + ".pem");
        assertThat(revoked.exit()).isNotZero();
        assertThat(revoked.output()).contains("certificate revoked");

        Path renewedFile = tmp.resolve("renewed.pem");
        CliRunner.Run renew = CliRunner.runOn(db(), "ca", "renew", "--dir", ca.toString(), "--password-file",
                pass.toString(), second, "--revoke-old", "--out", renewedFile.toString());
        assertThat(renew.exitCode()).as(renew.err()).isZero();
        assertThat(renew.out()).contains("Renewed " + second + " as ").contains("superseded");
        assertThat(opensslOk(out, "verify", "-CAfile", ca.resolve("root.pem").toString(), "-untrusted", "chain.pem",
                renewedFile.toString())).contains(": OK");

        // Refusals: revoked twice, unknown serial (exit 1); wrong password (exit 1, not echoed).
        assertThat(CliRunner.runOn(db(), "ca", "revoke", "--dir", ca.toString(), "--password-file", pass.toString(), first,
                "--reason", "superseded").exitCode()).isEqualTo(Cli.INVALID);
        Path wrong = Files.writeString(tmp.resolve("wrong.txt"), "not-the-password");
        CliRunner.Run denied = CliRunner.runOn(db(), "ca", "crl", "--dir", ca.toString(), "--password-file", wrong.toString(),
                "--out", crl.toString());
        assertThat(denied.exitCode()).isEqualTo(Cli.INVALID);
        assertThat(denied.err()).contains("password does not open").doesNotContain("not-the-password");
    }

    @Test
    void issuesFromBarePublicKeysOpensslExtractedAndRefusesAPrivateKey() throws Exception {
        ExternalTools.requireOpenssl();
        Path ca = tmp.resolve("ca");
        Path pass = Files.writeString(tmp.resolve("pass.txt"), "key-only password");
        assertThat(CliRunner.runOn(db(), "ca", "init", "--dir", ca.toString(), "--pkcs12",
                ca.resolve("ca.p12").toString(), "--password-file", pass.toString(), "--root-subject", "CN=R,O=Acme",
                "--issuing-subject", "CN=I,O=Acme").exitCode()).isZero();
        csr("tpm", "ec");
        opensslOk(tmp, "pkey", "-in", "tpm.key", "-pubout", "-out", "tpm.pub.pem");
        opensslOk(tmp, "pkey", "-in", "tpm.key", "-pubout", "-outform", "DER", "-out", "tpm2.pub.der");
        csr("other", "ec");
        opensslOk(tmp, "pkey", "-in", "other.key", "-pubout", "-outform", "DER", "-out", "other.pub.der");
        Path udis = Files.writeString(tmp.resolve("udis.txt"), "(01)" + GTIN + "(21)K1\n(01)" + GTIN + "(21)K2\n(01)"
                + GTIN + "(21)K3\n");
        Path out = tmp.resolve("out");

        CliRunner.Run issue = CliRunner.runOn(db(), "ca", "issue", "--dir", ca.toString(), "--password-file",
                pass.toString(), "--public-key", tmp.resolve("tpm.pub.pem").toString(),
                tmp.resolve("other.pub.der").toString(), tmp.resolve("tpm.key").toString(),
                "--udi-file", udis.toString(), "--out", out.toString());

        assertThat(issue.exitCode()).as(issue.out() + issue.err()).isEqualTo(Cli.INVALID);
        assertThat(issue.out()).contains("2 issued, 1 refused").contains("[key.private]");
        assertThat(issue.out() + issue.err()).doesNotContain("BEGIN PRIVATE KEY");
        String first = serialOf(issue.out(), "K1");
        assertThat(opensslOk(out, "verify", "-CAfile", ca.resolve("root.pem").toString(), "-untrusted", "chain.pem",
                first + ".pem")).contains(": OK");
        // The certificate certifies the key openssl extracted, byte for byte.
        opensslOk(out, "x509", "-in", first + ".pem", "-pubkey", "-noout", "-out", "cert.pub.pem");
        assertThat(Files.readString(out.resolve("cert.pub.pem"))).isEqualTo(Files.readString(tmp.resolve("tpm.pub.pem")));

        CliRunner.Run both = CliRunner.runOn(db(), "ca", "issue", "--dir", ca.toString(), "--password-file",
                pass.toString(), "--public-key", tmp.resolve("tpm2.pub.der").toString(), "--csr",
                tmp.resolve("tpm.csr").toString(), "--udi-file", udis.toString(), "--out", out.toString());
        assertThat(both.exitCode()).isEqualTo(Cli.USAGE);
    }

    @Test
    void refusedRequestsAndUsageErrors() throws Exception {
        ExternalTools.requireOpenssl();
        Path ca = tmp.resolve("ca");
        Path pass = Files.writeString(tmp.resolve("pass.txt"), "another password");
        assertThat(CliRunner.runOn(db(), "ca", "init", "--dir", ca.toString(), "--pkcs12", ca.resolve("ca.p12").toString(),
                "--password-file", pass.toString(), "--key", "rsa-3072", "--root-subject", "CN=R",
                "--issuing-subject", "CN=I,O=Acme").exitCode()).isZero();
        Path weak = csr("weak", "rsa:1024");
        Path good = csr("good", "ec");
        Path udis = Files.writeString(tmp.resolve("udis.txt"), "(01)" + GTIN + "(21)B1\nnot a udi\n(01)" + GTIN
                + "(21)B3\n");
        Path csrDir = Files.createDirectories(tmp.resolve("csrs"));
        Files.copy(weak, csrDir.resolve("1.csr"));
        Files.copy(good, csrDir.resolve("2.csr"));
        Files.copy(good, csrDir.resolve("3.csr"));
        CliRunner.Run issue = CliRunner.runOn(db(), "ca", "issue", "--dir", ca.toString(), "--password-file", pass.toString(),
                "--csr-dir", csrDir.toString(), "--udi-file", udis.toString(), "--out", tmp.resolve("out").toString(),
                "--serial-in", "hw-module", "--model-in", "hw-type", "--hw-type", "1.3.6.1.4.1.55555.9=" + GTIN,
                "--json");
        assertThat(issue.exitCode()).as(issue.err()).isEqualTo(Cli.INVALID);
        assertThat(issue.out()).contains("\"code\":\"csr.weak-key\"").contains("\"code\":\"ca.udi-invalid\"")
                .contains("\"status\":\"issued\"");

        CliRunner.Run mismatch = CliRunner.runOn(db(), "ca", "issue", "--dir", ca.toString(), "--password-file",
                pass.toString(), "--csr", good.toString(), "--udi-file", udis.toString(), "--out",
                tmp.resolve("o2").toString());
        assertThat(mismatch.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(mismatch.err()).contains("counts must match");
        CliRunner.Run both = CliRunner.runOn(db(), "ca", "init", "--dir", tmp.resolve("x").toString(), "--pkcs12", "a.p12",
                "--pkcs11-library", "/x.so", "--token-label", "t", "--root-subject", "CN=R", "--issuing-subject",
                "CN=I");
        assertThat(both.exitCode()).isEqualTo(Cli.USAGE);
        CliRunner.Run again = CliRunner.runOn(db(), "ca", "init", "--dir", ca.toString(), "--pkcs12",
                tmp.resolve("other.p12").toString(), "--password-file", pass.toString(), "--root-subject", "CN=R2",
                "--issuing-subject", "CN=I2");
        assertThat(again.exitCode()).isEqualTo(Cli.INVALID);
        assertThat(again.err()).contains("already holds a CA");
        assertThat(CliRunner.runOn(db(), "ca", "revoke", "--dir", ca.toString(), "--password-file", pass.toString(), "XYZ",
                "--reason", "superseded").exitCode()).isEqualTo(Cli.USAGE);
    }

    @Test
    void aBatchSignedOnASoftHsmTokenVerifiesWithOpenssl() throws Exception {
        SoftHsm.token();
        ExternalTools.requireOpenssl();
        Path ca = tmp.resolve("ca");
        Path pin = Files.writeString(tmp.resolve("pin.txt"), SoftHsm.PIN + "\n");
        CliRunner.Run init = CliRunner.runOn(db(), "ca", "init", "--dir", ca.toString(), "--pkcs11-library",
                ExternalTools.SOFTHSM_LIBRARY.toString(), "--token-label", SoftHsm.TOKEN_LABEL, "--pin-file",
                pin.toString(), "--root-subject", "CN=Token Root,O=Acme", "--issuing-subject", "CN=Token CA,O=Acme");
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("PKCS#11 token '" + SoftHsm.TOKEN_LABEL + "'");
        Path udis = Files.writeString(tmp.resolve("udis.txt"), "(01)" + GTIN + "(21)T1\n(01)" + GTIN + "(21)T2\n");
        Path out = tmp.resolve("out");
        CliRunner.Run issue = CliRunner.runOn(db(), "ca", "issue", "--dir", ca.toString(), "--pin-file", pin.toString(),
                "--csr", csr("t1", "ec").toString(), csr("t2", "rsa:2048").toString(), "--udi-file", udis.toString(),
                "--out", out.toString(), "--serial-in", "san-uri");
        assertThat(issue.exitCode()).as(issue.out() + issue.err()).isZero();
        for (String serial : List.of(serialOf(issue.out(), "T1"), serialOf(issue.out(), "T2"))) {
            assertThat(opensslOk(out, "verify", "-CAfile", ca.resolve("root.pem").toString(), "-untrusted",
                    "chain.pem", serial + ".pem")).contains(": OK");
        }
    }
}
