package org.uditrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `uditrust demo create`: a believable inventory from samples/, refused on a database that already has devices. */
class DemoCreateCommandTest {

    @TempDir
    Path dir;

    @Test
    void buildsDevicesAtSeveralLocationsAndStatusesWithAnIntactAuditTrail() {
        Path db = dir.resolve("demo.db");

        CliRunner.Run run = CliRunner.runOn(db, "demo", "create", "--samples", "samples", "--devices", "40");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Demo database");
        List<JsonNode> devices = Jsonl.lines(CliRunner.runOn(db, "device", "list", "--json", "--limit", "1000")
                .out());
        // 40 generated plus the distinct sample labels (samples/labels/labels.tsv has 8 distinct scanner texts).
        assertThat(devices).hasSizeGreaterThanOrEqualTo(40 + 5);
        Set<String> statuses = devices.stream().map(d -> d.get("status").asText()).collect(Collectors.toSet());
        assertThat(statuses).contains("in-service", "quarantined", "recalled", "retired");
        Set<String> sites = devices.stream().map(d -> d.get("location").get("site").asText())
                .collect(Collectors.toSet());
        assertThat(sites).hasSizeGreaterThanOrEqualTo(2);
        Set<String> issuers = devices.stream().map(d -> d.get("issuer").asText()).collect(Collectors.toSet());
        assertThat(issuers).contains("GS1", "HIBCC", "ICCBBA");
        assertThat(CliRunner.runOn(db, "audit", "verify").exitCode()).isZero();
        // The sample GUDID release (samples/gudid/README.md: 41 models) is imported and generated devices use it.
        assertThat(Jsonl.single(CliRunner.runOn(db, "db", "info", "--json").out()).get("models").asLong())
                .isEqualTo(41);
        long id = devices.get(0).get("id").asLong();
        assertThat(Jsonl.single(CliRunner.runOn(db, "device", "show", "--json", Long.toString(id)).out())
                .get("model").isNull()).isFalse();
    }

    @Test
    void holdsTheSampleIdentitiesInEveryStateAnEngineerMeets() {
        // samples/identity was made by openssl (make-samples.sh) with validity from when it was made: the real clock.
        Clock now = Clock.systemUTC();
        Path db = dir.resolve("demo.db");
        assertThat(CliRunner.runOn(db, now, "demo", "create", "--samples", "samples", "--devices", "40").out())
                .contains("5 device certificates");

        CliRunner.Run all = CliRunner.runOn(db, now, "identity", "validate", "--all");
        assertThat(all.out()).contains("5 identities validated: 4 valid, 0 invalid, 1 revoked");
        CliRunner.Run clones = CliRunner.runOn(db, now, "identity", "clones");
        assertThat(clones.exitCode()).isEqualTo(1);
        assertThat(clones.out()).contains("clone.shared-key");
        long conflicting = Jsonl.single(CliRunner.runOn(db, now, "device", "list", "--search", "SN000195", "--json")
                .out()).get("id").asLong();
        assertThat(CliRunner.runOn(db, now, "identity", "show", Long.toString(conflicting)).out())
                .contains("conflicting").contains("SN000196").contains("SN000195");
        assertThat(CliRunner.runOn(db, now, "audit", "verify").exitCode()).isZero();
    }

    @Test
    void refusesADatabaseThatAlreadyHasDevices() {
        Path db = dir.resolve("real.db");
        assertThat(CliRunner.runOn(db, "device", "add", "+A123BJC5D6E71G").exitCode()).isZero();

        CliRunner.Run run = CliRunner.runOn(db, "demo", "create", "--samples", "samples");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("already holds 1 devices");
        assertThat(Jsonl.lines(CliRunner.runOn(db, "device", "list", "--json").out())).hasSize(1);
    }
}
