package org.uditrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `uditrust audit verify|list` on a real database file. Tampering is simulated the way an attacker with the file
 * would do it: editing the SQLite file directly with SQL (tests may use java.sql; the CLI may not).
 */
class AuditCommandsTest {

    private static final String GS1_SCAN = "]d2" + "0109506000134352" + "17201225" + "10ABC123" + "\u001d" + "21XYZ";
    private static final String HIBCC = "+A123BJC5D6E71G";

    @TempDir
    Path dir;
    Path db;
    long first;
    long second;

    @BeforeEach
    void threeAuditedChanges() {
        db = dir.resolve("audit.db");
        first = Jsonl.single(run("device", "add", "--json", "--location", "North", GS1_SCAN).out()).get("device")
                .get("id").asLong();
        second = Jsonl.single(run("device", "add", "--json", "--location", "South", HIBCC).out()).get("device")
                .get("id").asLong();
        assertThat(run("device", "set-status", Long.toString(first), "quarantined").exitCode()).isZero();
    }

    private CliRunner.Run run(String... args) {
        return CliRunner.runOn(db, args);
    }

    @Test
    void anUntouchedTrailVerifiesAndPrintsItsHeadHash() {
        CliRunner.Run json = run("audit", "verify", "--json");
        CliRunner.Run text = run("audit", "verify");

        assertThat(json.exitCode()).isZero();
        JsonNode o = Jsonl.single(json.out());
        assertThat(o.get("intact").asBoolean()).isTrue();
        assertThat(o.get("entries").asLong()).isEqualTo(3);
        assertThat(o.get("headHash").asText()).matches("[0-9a-f]{64}");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("intact: 3 entries checked").contains(o.get("headHash").asText());
    }

    @Test
    void anEditedAuditRowIsFoundAndNamedAndExitsOne() throws Exception {
        JsonNode head = Jsonl.single(run("audit", "verify", "--json").out());
        assertThat(head.get("intact").asBoolean()).isTrue();

        // Rewrite history: entry 2 (the HIBCC device's registration) now says it was somewhere else.
        int changed = sql("UPDATE " + AuditTable.NAME + " SET " + AuditTable.AFTER + " = replace("
                + AuditTable.AFTER + ", 'South', 'Elsewhere') WHERE " + AuditTable.SEQUENCE + " = 2");
        assertThat(changed).isEqualTo(1);

        CliRunner.Run json = run("audit", "verify", "--json");
        CliRunner.Run text = run("audit", "verify");

        assertThat(json.exitCode()).isEqualTo(1);
        JsonNode o = Jsonl.single(json.out());
        assertThat(o.get("intact").asBoolean()).isFalse();
        assertThat(o.get("sequence").asLong()).isEqualTo(2);
        assertThat(o.get("kind").asText()).isEqualTo("altered");
        assertThat(o.get("message").asText()).contains("2");
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out()).contains("BROKEN at entry 2 (altered)");
    }

    @Test
    void aRemovedAuditRowIsFoundAndExitsOne() throws Exception {
        assertThat(sql("DELETE FROM " + AuditTable.NAME + " WHERE " + AuditTable.SEQUENCE + " = 2")).isEqualTo(1);

        CliRunner.Run json = run("audit", "verify", "--json");

        assertThat(json.exitCode()).isEqualTo(1);
        JsonNode o = Jsonl.single(json.out());
        assertThat(o.get("kind").asText()).isEqualTo("removed");
        assertThat(o.get("sequence").asLong()).isEqualTo(2);
    }

    @Test
    void listShowsEntriesNewestFirstWithBeforeAndAfterAsJson() {
        CliRunner.Run run = run("audit", "list", "--json");

        assertThat(run.exitCode()).isZero();
        List<JsonNode> entries = Jsonl.lines(run.out());
        assertThat(entries).extracting(e -> e.get("sequence").asLong()).containsExactly(3L, 2L, 1L);
        JsonNode status = entries.get(0);
        assertThat(Jsonl.fieldNames(status)).containsExactly("sequence", "at", "actor", "action", "entityType",
                "entityId", "before", "after", "previousHash", "hash");
        assertThat(status.get("entityType").asText()).isEqualTo("device");
        assertThat(status.get("entityId").asText()).isEqualTo(Long.toString(first));
        assertThat(status.get("before").get("status").asText()).isEqualTo("IN_SERVICE");
        assertThat(status.get("after").get("status").asText()).isEqualTo("QUARANTINED");
        assertThat(status.get("previousHash").asText()).isEqualTo(entries.get(1).get("hash").asText());
        assertThat(entries.get(2).get("before").isNull()).isTrue();
        assertThat(status.get("at").asText()).isEqualTo("2026-11-25T12:00:00Z");
    }

    @Test
    void listFiltersByEntityAndActorAndPages() {
        List<JsonNode> ofFirst = Jsonl.lines(run("audit", "list", "--json", "--entity-type", "device",
                "--entity-id", Long.toString(first)).out());
        assertThat(ofFirst).extracting(e -> e.get("sequence").asLong()).containsExactly(3L, 1L);

        String actor = ofFirst.get(0).get("actor").asText();
        assertThat(Jsonl.lines(run("audit", "list", "--json", "--actor", actor).out())).hasSize(3);
        assertThat(run("audit", "list", "--json", "--actor", "nobody@nowhere").out()).isBlank();
        assertThat(Jsonl.lines(run("audit", "list", "--json", "--limit", "1", "--offset", "1").out()))
                .extracting(e -> e.get("sequence").asLong()).containsExactly(2L);
        assertThat(run("audit", "list", "--limit", "-1").exitCode()).isEqualTo(2);
        CliRunner.Run text = run("audit", "list", "--entity-id", Long.toString(second));
        assertThat(text.out()).contains("device.insert").contains("device " + second);
    }

    private int sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            return s.executeUpdate(statement);
        }
    }
}
