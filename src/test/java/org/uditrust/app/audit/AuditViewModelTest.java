package org.uditrust.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.uditrust.app.TestInventory;
import org.uditrust.app.paging.Debouncer;
import org.uditrust.app.task.TaskRunner;
import org.uditrust.audit.AuditChange;
import org.uditrust.audit.AuditEntry;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceQuery;
import org.uditrust.registry.DeviceStatus;

class AuditViewModelTest {

    private final TestInventory inventory = new TestInventory().withDevices(50);
    private final AuditViewModel model = new AuditViewModel(() -> inventory.services, TaskRunner.synchronous(),
            TestInventory.bundle(), Debouncer.immediate());

    private Device recallOne() {
        Device d = inventory.services.inventory().page(DeviceQuery.text("S00007"), 0, 1).get(0);
        return inventory.services.devices().setStatus(d.id(), d.version(), DeviceStatus.RECALLED,
                TestInventory.ACTOR);
    }

    @Test
    void listsNewestFirstAndShowsBeforeAndAfter() {
        Device recalled = recallOne();
        model.reload();

        assertThat(model.rowsProperty().get()).hasSize(51);
        AuditEntry newest = model.rowsProperty().get().get(0);
        assertThat(newest.sequence()).isEqualTo(51);
        assertThat(newest.change().action()).isEqualTo("device.status");

        model.select(newest);
        assertThat(model.beforeProperty().get()).contains("\"status\": \"IN_SERVICE\"");
        assertThat(model.afterProperty().get()).contains("\"status\": \"RECALLED\"");
        assertThat(model.headingProperty().get()).startsWith("Entry 51: device.status of device " + recalled.id()
                + " by tester@bench-1").endsWith("Changed: status: RECALLED, version: 2");
    }

    @Test
    void filtersByEntityActorAndText() {
        recallOne();
        model.reload();

        model.searchProperty().set("RECALLED");
        assertThat(model.rowsProperty().get()).extracting(e -> e.change().action()).containsExactly("device.status");
        model.searchProperty().set("");
        model.entityTypeProperty().set("model");
        assertThat(model.rowsProperty().get()).isEmpty();
        model.entityTypeProperty().set("device");
        model.actorProperty().set("nobody");
        assertThat(model.rowsProperty().get()).isEmpty();
        model.actorProperty().set("tester");
        assertThat(model.countTextProperty().get()).isEqualTo("51 entries");
    }

    @Test
    void verifyReportsAnIntactChainWithItsHead() {
        recallOne();
        List<AuditEntry> trail = inventory.store.auditEntries();

        model.verify();

        assertThat(model.chainProperty().get()).isEqualTo(AuditViewModel.ChainState.INTACT);
        assertThat(model.verdictProperty().get()).isEqualTo("Intact: 51 entries verified. Head hash "
                + trail.get(50).hash());
    }

    @Test
    void verifyNamesTheFirstAlteredEntry() {
        AuditEntry original = inventory.store.auditEntries().get(9);
        AuditChange c = original.change();
        // Someone edits entry 10's after-value in the database file, leaving its hash as it was.
        inventory.store.tamper(9, new AuditEntry(original.sequence(), original.at(), original.actor(),
                new AuditChange(c.action(), c.entityType(), c.entityId(), c.before(),
                        c.after().replace("Biomed", "Nobody")), original.previousHash(), original.hash()));

        model.verify();

        assertThat(model.chainProperty().get()).isEqualTo(AuditViewModel.ChainState.BROKEN);
        assertThat(model.verdictProperty().get()).startsWith("BROKEN at entry 10 (altered): Audit entry 10");
    }
}
