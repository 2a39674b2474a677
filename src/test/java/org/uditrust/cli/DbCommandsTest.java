package org.uditrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `uditrust db backup|restore|info` on a real database file. */
class DbCommandsTest {

    private static final String GS1_SCAN = "]d2" + "0109506000134352" + "17201225" + "10ABC123" + "\u001d" + "21XYZ";
    private static final String HIBCC = "+A123BJC5D6E71G";

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void database() {
        db = dir.resolve("live.db");
    }

    private CliRunner.Run run(String... args) {
        return CliRunner.runOn(db, args);
    }

    @Test
    void infoSaysWhereTheDatabaseIsAndWhatItHolds() {
        assertThat(run("device", "add", GS1_SCAN).exitCode()).isZero();

        CliRunner.Run json = run("db", "info", "--json");

        assertThat(json.exitCode()).isZero();
        JsonNode o = Jsonl.single(json.out());
        assertThat(Jsonl.fieldNames(o)).containsExactly("location", "schemaVersion", "devices", "models",
                "auditEntries");
        assertThat(o.get("location").asText()).contains("live.db");
        assertThat(o.get("schemaVersion").asText()).isNotBlank();
        assertThat(o.get("devices").asLong()).isEqualTo(1);
        assertThat(o.get("models").asLong()).isZero();
        assertThat(o.get("auditEntries").asLong()).isEqualTo(1);
        assertThat(run("db", "info").out()).contains("Devices:       1");
    }

    @Test
    void backupWritesAFileThatOpensAsTheSameInventoryAndNeverOverwrites() {
        assertThat(run("device", "add", GS1_SCAN).exitCode()).isZero();
        Path backup = dir.resolve("backup.db");

        CliRunner.Run run = run("db", "backup", backup.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Backed up").contains("backup.db");
        assertThat(Jsonl.single(CliRunner.runOn(backup, "db", "info", "--json").out()).get("devices").asLong())
                .isEqualTo(1);
        CliRunner.Run again = run("db", "backup", backup.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("already exists");
        assertThat(run("db", "backup").exitCode()).isEqualTo(2);
    }

    @Test
    void restoreBringsBackTheBackupAndKeepsTheReplacedDatabase() throws Exception {
        assertThat(run("device", "add", GS1_SCAN).exitCode()).isZero();
        Path backup = dir.resolve("monday.db");
        assertThat(run("db", "backup", backup.toString()).exitCode()).isZero();
        assertThat(run("device", "add", HIBCC).exitCode()).isZero();

        CliRunner.Run restore = run("db", "restore", backup.toString());

        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Restored").contains("Now: 1 devices");
        assertThat(restore.out()).contains("kept as");
        assertThat(Jsonl.lines(run("device", "list", "--json").out())).extracting(o -> o.get("issuer").asText())
                .containsExactly("GS1");
        assertThat(run("audit", "verify").exitCode()).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("live")
                    && !n.equals("live.db") && !n.endsWith("-wal") && !n.endsWith("-shm"))).isNotEmpty();
        }
    }

    @Test
    void restoreOfAMissingOrForeignFileExitsOneAndKeepsTheData() throws Exception {
        assertThat(run("device", "add", GS1_SCAN).exitCode()).isZero();
        Path foreign = dir.resolve("notes.db");
        Files.writeString(foreign, "this is not a database");

        assertThat(run("db", "restore", dir.resolve("missing.db").toString()).exitCode()).isEqualTo(1);
        CliRunner.Run refused = run("db", "restore", foreign.toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).isNotBlank();
        assertThat(Jsonl.lines(run("device", "list", "--json").out())).hasSize(1);
    }
}
