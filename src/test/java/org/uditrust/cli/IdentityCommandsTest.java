package org.uditrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uditrust.identity.OpensslPki;

/** The identity commands end to end on a database file, with certificates, chains and CRLs made by openssl. */
class IdentityCommandsTest {

    static final String DI = "09506000134352";
    /** A day after openssl makes the certificates, so they are valid (and "expiring within 30 days" is not). */
    static final java.time.Clock CLOCK = java.time.Clock.fixed(java.time.Instant.now().plus(
            java.time.Duration.ofDays(1)), java.time.ZoneOffset.UTC);

    @TempDir
    Path dir;

    Path db;
    OpensslPki pki;
    Path chain;

    private CliRunner.Run run(String... args) {
        return CliRunner.runOn(db, CLOCK, args);
    }

    @BeforeEach
    void setUp() throws IOException {
        db = dir.resolve("registry.db");
        pki = OpensslPki.create(Files.createDirectories(dir.resolve("pki")));
        chain = dir.resolve("acme-cas.pem");
        Files.writeString(chain, Files.readString(pki.root()) + Files.readString(pki.intermediate()));
        assertThat(run("device", "add", "(01)" + DI + "(21)SN123").exitCode()).isZero();
        assertThat(run("device", "add", "(01)" + DI + "(21)SN124").exitCode()).isZero();
    }

    private Path leaf(String name, String serial, long certSerial, Path key) throws IOException {
        return pki.leaf(name, "/CN=Infusion pump/serialNumber=" + serial, certSerial,
                List.of("URI.1=https://id.gs1.org/01/" + DI + "/21/" + serial), key);
    }

    private void trustAcme() {
        CliRunner.Run imported = run("identity", "anchor", "import", chain.toString(), "--manufacturer", "Acme",
                "--pin", DI);
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("CN=Acme Root CA", "pinned to " + DI);
        CliRunner.Run rule = run("identity", "rule", "set", "--manufacturer", "Acme", "--serial",
                "subject-serial-number", "--model", "san-uri");
        assertThat(rule.exitCode()).as(rule.err()).isZero();
    }

    @Test
    void importBindShowAndAConflictThatExitsOneNamingBothValues() throws IOException {
        trustAcme();
        CliRunner.Run imported = run("identity", "import", leaf("pump", "SN123", 0x1001, null).toString(),
                "--device", "(01)" + DI + "(21)SN123", "--json");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        JsonNode identity = Jsonl.single(imported.out());
        assertThat(identity.get("binding").asText()).isEqualTo("bound");
        String fingerprint = identity.get("fingerprint").asText();

        CliRunner.Run shown = run("identity", "show", fingerprint.substring(0, 12));
        assertThat(shown.exitCode()).isZero();
        assertThat(shown.out()).contains("Subject serialNumber: SN123", "Binding:", "bound", "EC 256 bits",
                "URI:https://id.gs1.org/01/" + DI + "/21/SN123");
        JsonNode byDevice = Jsonl.single(run("identity", "show", "1", "--json").out());
        assertThat(byDevice.get("subjectSerialNumber").asText()).isEqualTo("SN123");

        CliRunner.Run validated = run("identity", "validate", "--device", "1");
        assertThat(validated.exitCode()).as(validated.err()).isZero();
        assertThat(validated.out()).contains("VALID, bound", "ok   CN=Acme Root CA  [trust anchor]",
                "    ok   serialNumber=SN123,CN=Infusion pump");
        assertThat(run("identity", "validate", "--all", "--json").out()).contains("\"checked\":1", "\"valid\":1");

        CliRunner.Run elsewhere = run("identity", "bind", "(01)" + DI + "(21)SN124", fingerprint);
        assertThat(elsewhere.exitCode()).isEqualTo(Cli.INVALID);
        assertThat(elsewhere.err()).contains("identity.bound-elsewhere");

        JsonNode other = Jsonl.single(run("identity", "import", leaf("other", "SN999", 0x1002, null).toString(),
                "--json").out());
        assertThat(other.get("binding").asText()).isEqualTo("unbound");
        CliRunner.Run conflict = run("identity", "bind", "(01)" + DI + "(21)SN124",
                other.get("fingerprint").asText());
        assertThat(conflict.exitCode()).isEqualTo(Cli.INVALID);
        assertThat(conflict.err()).contains("CONFLICT", "serial", "SN999", "SN124");
    }

    @Test
    void aDeviceCertificateOfferedAsAnAnchorIsRefusedWithNothingStored() throws IOException {
        Path leaf = leaf("pump", "SN123", 0x1001, null);
        CliRunner.Run refused = run("identity", "anchor", "import", leaf.toString(), "--manufacturer", "Acme");
        assertThat(refused.exitCode()).isEqualTo(Cli.INVALID);
        assertThat(refused.err()).contains("anchor.not-ca");
        assertThat(run("identity", "anchor", "list").out()).isEmpty();
    }

    @Test
    void clonesExpiringAndCrlsFromTheCommandLine() throws IOException {
        trustAcme();
        Path original = leaf("a", "SN123", 0x2001, null);
        Path copy = leaf("b", "SN124", 0x2002, pki.key("a"));
        assertThat(run("identity", "import", original.toString(), "--device", "1").exitCode()).isZero();
        assertThat(run("identity", "import", copy.toString(), "--device", "2").exitCode()).isZero();

        CliRunner.Run clones = run("identity", "clones", "--json");
        assertThat(clones.exitCode()).isEqualTo(Cli.INVALID);
        assertThat(Jsonl.single(clones.out()).get("code").asText()).isEqualTo("clone.shared-key");

        assertThat(run("identity", "expiring", "--days", "30").out()).contains("No certificate expires");
        assertThat(run("identity", "expiring", "--days", "400").out()).contains("SN123", "SN124");

        Path crl = pki.crl("int.crl");
        CliRunner.Run crlImport = run("identity", "crl", "import", crl.toString());
        assertThat(crlImport.exitCode()).as(crlImport.err()).isZero();
        assertThat(crlImport.out()).contains("Stored CRL of CN=Acme Issuing CA");
        CliRunner.Run junk = run("identity", "crl", "import", original.toString());
        assertThat(junk.exitCode()).isEqualTo(Cli.INVALID);
        assertThat(junk.err()).contains("crl.none");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("identity", "import", "x.pem", "--kind", "bogus").exitCode()).isEqualTo(Cli.USAGE);
        assertThat(run("identity", "rule", "set", "--manufacturer", "A", "--serial", "nope", "--model", "san-uri")
                .exitCode()).isEqualTo(Cli.USAGE);
        assertThat(run("identity", "expiring").exitCode()).isEqualTo(Cli.USAGE);
        CliRunner.Run missing = run("identity", "import", dir.resolve("missing.pem").toString());
        assertThat(missing.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(missing.err()).contains("No such file");
        assertThat(run("identity", "validate", "--device", "1", "--trust", "x.pem").exitCode()).isEqualTo(Cli.USAGE);
    }
}
