package org.uditrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The `uditrust device …` contract on a real database file: outcomes, JSON fields, exit codes 0/1/2. */
class DeviceCommandsTest {

    private static final String GS = "\u001d";
    /** GS1 General Specifications / GS1 DataMatrix Guideline example UDI, as a DataMatrix scanner in AIM mode types it. */
    private static final String GS1_SCAN = "]d2" + "0109506000134352" + "17201225" + "10ABC123" + GS + "21XYZ";
    /** The same UDI in its human-readable form, elements in another order. */
    private static final String GS1_HRI = "(01)09506000134352(21)XYZ(10)ABC123(17)201225";
    /** A realistic implant label in GS1's example prefix (samples/labels/README.md). */
    private static final String IMPLANT = "(01)09506000143217(11)250115(17)300114(10)L2501-A7(21)SN000418";
    /** ANSI/HIBC 2.6 primary data structure example. */
    private static final String HIBCC = "+A123BJC5D6E71G";

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void database() {
        db = dir.resolve("inventory.db");
    }

    private CliRunner.Run run(String... args) {
        return CliRunner.runOn(db, args);
    }

    private long add(String udi, String location) {
        CliRunner.Run run = run("device", "add", "--json", "--location", location, udi);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Jsonl.single(run.out()).get("device").get("id").asLong();
    }

    @Test
    void addRegistersTheScanWithEveryContractField() {
        CliRunner.Run run = run("device", "add", "--json", "--location", "St. Luke's/Main/ICU/Bed 4",
                "--owner", "ICU nursing", "--notes", "spare", GS1_SCAN);

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode o = Jsonl.single(run.out());
        assertThat(Jsonl.fieldNames(o)).containsExactly("outcome", "device", "model", "findings");
        assertThat(o.get("outcome").asText()).isEqualTo("registered");
        JsonNode d = o.get("device");
        assertThat(Jsonl.fieldNames(d)).containsExactly("id", "issuer", "di", "lot", "serial", "expiry",
                "manufactured", "softwareVersion", "donationId", "carrier", "humanReadable", "status", "location",
                "owner", "notes", "findings", "registeredAt", "registeredBy", "updatedAt", "version");
        assertThat(d.get("id").asLong()).isPositive();
        assertThat(d.get("issuer").asText()).isEqualTo("GS1");
        assertThat(d.get("di").asText()).isEqualTo("09506000134352");
        assertThat(d.get("lot").asText()).isEqualTo("ABC123");
        assertThat(d.get("serial").asText()).isEqualTo("XYZ");
        assertThat(d.get("expiry").asText()).isEqualTo("2020-12-25");
        assertThat(d.get("manufactured").isNull()).isTrue();
        assertThat(d.get("carrier").asText()).isEqualTo(GS1_SCAN);
        assertThat(d.get("status").asText()).isEqualTo("in-service");
        assertThat(d.get("location").get("site").asText()).isEqualTo("St. Luke's");
        assertThat(d.get("location").get("room").asText()).isEqualTo("Bed 4");
        assertThat(d.get("owner").asText()).isEqualTo("ICU nursing");
        assertThat(d.get("notes").asText()).isEqualTo("spare");
        assertThat(d.get("registeredAt").asText()).isEqualTo("2026-11-25T12:00:00Z");
        assertThat(d.get("version").asLong()).isEqualTo(1);
        // No GUDID data imported: the model is unknown, and that is said, not invented.
        assertThat(o.get("model").isNull()).isTrue();
    }

    @Test
    void addingTheSameUdiTwiceShowsTheFirstDeviceAndStoresOnlyOne() {
        long first = add(GS1_SCAN, "Site A");

        // The same UDI read from the human-readable line, elements in another order: the same device.
        CliRunner.Run again = run("device", "add", "--json", "--location", "Site B", GS1_HRI);

        assertThat(again.exitCode()).isZero();
        JsonNode o = Jsonl.single(again.out());
        assertThat(o.get("outcome").asText()).isEqualTo("already-registered");
        assertThat(o.get("device").get("id").asLong()).isEqualTo(first);
        assertThat(o.get("device").get("location").get("site").asText()).isEqualTo("Site A");
        assertThat(Jsonl.lines(run("device", "list", "--json").out())).hasSize(1);
        CliRunner.Run text = run("device", "add", GS1_SCAN);
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).startsWith("Already registered as device " + first);
    }

    @Test
    void anInvalidUdiIsRejectedWithItsProblemsAndNothingIsStored() {
        // AccessGUDID's documented example with a wrong GTIN check digit (7 is right): domain primer.
        CliRunner.Run run = run("device", "add", "--json", "(01)00208851107345(17)150331");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode o = Jsonl.single(run.out());
        assertThat(o.get("outcome").asText()).isEqualTo("rejected");
        assertThat(o.get("device").isNull()).isTrue();
        assertThat(o.get("parse").get("valid").asBoolean()).isFalse();
        assertThat(o.get("parse").get("problems").get(0).get("code").asText()).isNotBlank();
        assertThat(run("device", "list", "--json").out()).isBlank();

        CliRunner.Run text = run("device", "add", "not a udi");
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out()).contains("INVALID");
    }

    @Test
    void addWithoutAUdiIsAUsageError() {
        assertThat(run("device", "add").exitCode()).isEqualTo(2);
        assertThat(run("device", "add", "--bogus", GS1_SCAN).exitCode()).isEqualTo(2);
    }

    @Test
    void showFindsADeviceByIdOrByAnyFormOfItsUdi() {
        long id = add(GS1_SCAN, "Site A/Main/ICU/Bed 4");

        JsonNode byId = Jsonl.single(run("device", "show", "--json", Long.toString(id)).out());
        JsonNode byUdi = Jsonl.single(run("device", "show", "--json", GS1_HRI).out());

        assertThat(byId.get("id").asLong()).isEqualTo(id);
        assertThat(byUdi.get("id").asLong()).isEqualTo(id);
        assertThat(byId.has("model")).isTrue();
        CliRunner.Run text = run("device", "show", Long.toString(id));
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("UDI-DI: 09506000134352").contains("Site A / Main / ICU / Bed 4")
                .contains("<GS>");
    }

    @Test
    void showOfAnUnknownDeviceOrGarbageExitsOne() {
        add(GS1_SCAN, "Site A");

        CliRunner.Run unknownId = run("device", "show", "999");
        CliRunner.Run unknownUdi = run("device", "show", IMPLANT);
        CliRunner.Run garbage = run("device", "show", "no such thing");

        assertThat(unknownId.exitCode()).isEqualTo(1);
        assertThat(unknownId.err()).contains("No device with id 999");
        assertThat(unknownUdi.exitCode()).isEqualTo(1);
        assertThat(unknownUdi.err()).contains("No device registered with UDI");
        assertThat(garbage.exitCode()).isEqualTo(1);
        assertThat(garbage.err()).contains("Not a device id and not a valid UDI");
    }

    @Test
    void listFiltersSortsAndPagesInTheDatabase() {
        long a = add(GS1_SCAN, "North/Main/ICU/Bed 1");
        long b = add(IMPLANT, "South/Main/Theatres/OR 2");
        long c = add(HIBCC, "North/East/Cardiology");
        assertThat(run("device", "set-status", Long.toString(b), "quarantined").exitCode()).isZero();

        assertThat(ids(run("device", "list", "--json"))).containsExactlyInAnyOrder(a, b, c);
        assertThat(ids(run("device", "list", "--json", "--site", "North"))).containsExactlyInAnyOrder(a, c);
        assertThat(ids(run("device", "list", "--json", "--status", "quarantined"))).containsExactly(b);
        assertThat(ids(run("device", "list", "--json", "--status", "IN_SERVICE"))).containsExactlyInAnyOrder(a, c);
        assertThat(ids(run("device", "list", "--json", "--di", "09506000143217"))).containsExactly(b);
        assertThat(ids(run("device", "list", "--json", "--search", "l2501"))).containsExactly(b);
        assertThat(ids(run("device", "list", "--json", "--sort", "di"))).containsExactly(a, b, c);
        assertThat(ids(run("device", "list", "--json", "--sort", "di", "--order", "desc"))).containsExactly(c, b, a);
        assertThat(ids(run("device", "list", "--json", "--sort", "di", "--limit", "1", "--offset", "1")))
                .containsExactly(b);

        CliRunner.Run text = run("device", "list", "--site", "North");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("1-2 of 2 devices");
        assertThat(run("device", "list", "--search", "nothing like this").out()).contains("No devices match.");
    }

    @Test
    void listRejectsUnknownStatusSortAndLimitAsUsageErrors() {
        CliRunner.Run status = run("device", "list", "--status", "broken");
        assertThat(status.exitCode()).isEqualTo(2);
        assertThat(status.err()).contains("in-service, quarantined, recalled, retired");
        assertThat(run("device", "list", "--sort", "colour").exitCode()).isEqualTo(2);
        assertThat(run("device", "list", "--limit", "0").exitCode()).isEqualTo(2);
    }

    @Test
    void setStatusMoveAndEditChangeTheDeviceAndBumpItsVersion() {
        long id = add(GS1_SCAN, "North/Main/ICU/Bed 1");
        String ref = Long.toString(id);

        JsonNode recalled = Jsonl.single(run("device", "set-status", "--json", ref, "recalled").out());
        assertThat(recalled.get("status").asText()).isEqualTo("recalled");
        assertThat(recalled.get("version").asLong()).isEqualTo(2);

        JsonNode moved = Jsonl.single(run("device", "move", "--json", GS1_HRI, "--location",
                "South/Store/Biomed").out());
        assertThat(moved.get("location").get("site").asText()).isEqualTo("South");
        assertThat(moved.get("location").get("department").asText()).isEqualTo("Biomed");
        assertThat(moved.get("location").get("room").isNull()).isTrue();
        assertThat(moved.get("version").asLong()).isEqualTo(3);

        JsonNode owned = Jsonl.single(run("device", "edit", "--json", ref, "--owner", "Biomed", "--notes",
                "awaiting FSCA").out());
        JsonNode keptNotes = Jsonl.single(run("device", "edit", "--json", ref, "--owner", "Theatres").out());
        JsonNode cleared = Jsonl.single(run("device", "edit", "--json", ref, "--notes", "").out());
        assertThat(owned.get("notes").asText()).isEqualTo("awaiting FSCA");
        assertThat(keptNotes.get("owner").asText()).isEqualTo("Theatres");
        assertThat(keptNotes.get("notes").asText()).isEqualTo("awaiting FSCA");
        assertThat(cleared.get("owner").asText()).isEqualTo("Theatres");
        assertThat(cleared.get("notes").isNull()).isTrue();
        assertThat(cleared.get("version").asLong()).isEqualTo(6);

        JsonNode shown = Jsonl.single(run("device", "show", "--json", ref).out());
        assertThat(shown.get("status").asText()).isEqualTo("recalled");
        assertThat(shown.get("version").asLong()).isEqualTo(6);
    }

    @Test
    void changesToUnknownDevicesExitOneAndBadArgumentsExitTwo() {
        long id = add(GS1_SCAN, "North");

        assertThat(run("device", "set-status", "42", "retired").exitCode()).isEqualTo(1);
        assertThat(run("device", "move", "42", "--location", "X").exitCode()).isEqualTo(1);
        assertThat(run("device", "edit", "42", "--owner", "X").exitCode()).isEqualTo(1);
        assertThat(run("device", "set-status", Long.toString(id), "lost").exitCode()).isEqualTo(2);
        assertThat(run("device", "move", Long.toString(id)).exitCode()).isEqualTo(2);
        assertThat(run("device", "edit", Long.toString(id)).exitCode()).isEqualTo(2);
        assertThat(Jsonl.single(run("device", "show", "--json", Long.toString(id)).out()).get("version").asLong())
                .isEqualTo(1);
    }

    @Test
    void theGlobalDbOptionChoosesTheFileBeforeOrAfterTheSubcommand() {
        Path other = dir.resolve("other.db");
        Path third = dir.resolve("third.db");

        // The runner's own database is `db`; --db must win over it.
        assertThat(run("--db", other.toString(), "device", "add", GS1_SCAN).exitCode()).isZero();
        assertThat(run("device", "add", HIBCC, "--db", third.toString()).exitCode()).isZero();

        assertThat(Files.exists(other)).isTrue();
        assertThat(Files.exists(third)).isTrue();
        assertThat(ids(run("--db", other.toString(), "device", "list", "--json"))).hasSize(1);
        assertThat(Jsonl.single(run("device", "list", "--json", "--db", third.toString()).out()).get("issuer")
                .asText()).isEqualTo("HIBCC");
        assertThat(run("device", "list", "--json").out()).isBlank();
    }

    @Test
    void theDatabaseIsClosedWhenTheCommandLineEnds() {
        assertThat(run("device", "add", GS1_SCAN).exitCode()).isZero();

        // SQLite removes the write-ahead log when the last connection closes; a leaked connection leaves it.
        assertThat(db).exists();
        assertThat(dir.resolve("inventory.db-wal")).doesNotExist();
        assertThat(dir.resolve("inventory.db-shm")).doesNotExist();
    }

    private static List<Long> ids(CliRunner.Run run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Jsonl.lines(run.out()).stream().map(o -> o.get("id").asLong()).toList();
    }
}
