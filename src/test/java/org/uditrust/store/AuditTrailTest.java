package org.uditrust.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uditrust.audit.AuditChain;
import org.uditrust.audit.AuditChange;
import org.uditrust.audit.AuditEntry;
import org.uditrust.audit.AuditQuery;
import org.uditrust.audit.AuditVerification;
import org.uditrust.audit.AuditVerifier;
import org.uditrust.registry.Transactions;

class AuditTrailTest {

    @TempDir
    Path dir;

    TestClock clock = new TestClock();
    Path file;
    Database db;
    Transactions tx;

    @BeforeEach
    void open() {
        file = dir.resolve("audit.db");
        db = Database.open(file, clock);
        tx = db.transactions();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void appendFive() {
        for (int i = 1; i <= 5; i++) {
            int n = i;
            clock.advance(Duration.ofMinutes(1));
            tx.write(r -> r.audit().append(n % 2 == 0 ? "bob@ws2" : "alice@ws1", new AuditChange(
                    n == 1 ? "device.insert" : "device.move", "device", Integer.toString(n % 3),
                    n == 1 ? null : "{\"site\":\"North\"}", "{\"site\":\"South " + n + "\"}")));
        }
    }

    private AuditVerification verify() {
        return tx.read(r -> AuditVerifier.verify(r.auditTrail()));
    }

    private List<AuditEntry> find(AuditQuery q) {
        return tx.read(r -> r.auditTrail().find(q, 0, 100));
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    @Test
    void appendsAChainThatVerifies() {
        appendFive();
        List<AuditEntry> all = new ArrayList<>();
        tx.read(r -> {
            r.auditTrail().forEachInOrder(all::add);
            return null;
        });
        assertThat(all).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(all.get(0).previousHash()).isEqualTo(AuditChain.GENESIS);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).previousHash()).isEqualTo(all.get(i - 1).hash());
        }
        // Times come from the injected clock, at millisecond precision.
        assertThat(all.get(0).at()).isEqualTo(Instant.parse("2025-06-01T08:31:00.123Z"));
        AuditVerification result = verify();
        assertThat(result).isEqualTo(new AuditVerification.Intact(5, all.get(4).hash()));
    }

    @Test
    void anEntryIsRolledBackWithItsTransaction() {
        appendFive();
        try {
            tx.write(r -> {
                r.audit().append("mallory@ws", new AuditChange("device.delete", "device", "1", "{}", null));
                throw new IllegalStateException("the change failed after its audit entry was written");
            });
        } catch (IllegalStateException expected) {
            // The change and its entry go together.
        }
        assertThat(tx.<Long>read(r -> r.auditTrail().count(AuditQuery.all()))).isEqualTo(5L);
        assertThat(verify()).isInstanceOf(AuditVerification.Intact.class);
    }

    @Test
    void anEditedRowIsNamedAsAltered() throws Exception {
        appendFive();
        sql("UPDATE audit_entry SET after_json = '{\"site\":\"Elsewhere\"}' WHERE sequence = 3");
        AuditVerification result = verify();
        assertThat(result).isInstanceOf(AuditVerification.Broken.class);
        AuditVerification.Broken broken = (AuditVerification.Broken) result;
        assertThat(broken.sequence()).isEqualTo(3);
        assertThat(broken.kind()).isEqualTo(AuditVerification.Kind.ALTERED);
    }

    @Test
    void anEditedActorIsNamedAsAltered() throws Exception {
        appendFive();
        sql("UPDATE audit_entry SET actor = 'someone@else' WHERE sequence = 4");
        assertThat(verify()).isEqualTo(new AuditVerification.Broken(4, AuditVerification.Kind.ALTERED,
                ((AuditVerification.Broken) verify()).message()));
    }

    @Test
    void aRowWithBothValuesBlankedIsReportedNotFatal() throws Exception {
        appendFive();
        sql("UPDATE audit_entry SET before_json = NULL, after_json = NULL WHERE sequence = 2");
        AuditVerification result = verify();
        assertThat(result).isInstanceOf(AuditVerification.Broken.class);
        assertThat(((AuditVerification.Broken) result).sequence()).isEqualTo(2);
        assertThat(((AuditVerification.Broken) result).kind()).isEqualTo(AuditVerification.Kind.ALTERED);
    }

    @Test
    void aDeletedMiddleRowIsNamedAsRemoved() throws Exception {
        appendFive();
        sql("DELETE FROM audit_entry WHERE sequence = 3");
        AuditVerification result = verify();
        assertThat(result).isInstanceOf(AuditVerification.Broken.class);
        AuditVerification.Broken broken = (AuditVerification.Broken) result;
        assertThat(broken.sequence()).isEqualTo(3);
        assertThat(broken.kind()).isEqualTo(AuditVerification.Kind.REMOVED);
    }

    @Test
    void findFiltersNewestFirstAndCounts() {
        appendFive();
        assertThat(find(AuditQuery.all())).extracting(AuditEntry::sequence).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(find(new AuditQuery(null, null, "bob@ws2", null, null, null)))
                .extracting(AuditEntry::sequence).containsExactly(4L, 2L);
        assertThat(find(new AuditQuery("device", "1", null, null, null, null)))
                .extracting(AuditEntry::sequence).containsExactly(4L, 1L);
        Instant third = Instant.parse("2025-06-01T08:33:00.123Z");
        assertThat(find(new AuditQuery(null, null, null, third, third.plusSeconds(120), null)))
                .extracting(AuditEntry::sequence).containsExactly(4L, 3L);
        assertThat(find(new AuditQuery(null, null, null, null, null, "SOUTH 5")))
                .extracting(AuditEntry::sequence).containsExactly(5L);
        assertThat(find(new AuditQuery(null, null, null, null, null, "insert")))
                .extracting(AuditEntry::sequence).containsExactly(1L);
        assertThat(tx.<Long>read(r -> r.auditTrail().count(new AuditQuery("device", null, null, null, null, "move"))))
                .isEqualTo(4L);
        assertThat(tx.<List<AuditEntry>>read(r -> r.auditTrail().find(AuditQuery.all(), 1, 2))).extracting(AuditEntry::sequence)
                .containsExactly(4L, 3L);
    }
}
