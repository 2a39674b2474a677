package org.uditrust.registry.gudid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uditrust.registry.Actor;
import org.uditrust.registry.DeviceModel;
import org.uditrust.registry.GudidStaging;
import org.uditrust.registry.GudidStore;

class GudidImportServiceTest {

    private static final Actor ACTOR = new Actor("biomed1", "ws-7");

    @TempDir
    Path tmp;

    /** A store that records what the importer did (a fake is allowed here: the store is another branch's work). */
    static final class FakeStore implements GudidStore {
        final List<FakeStaging> stagings = new ArrayList<>();
        RuntimeException failOnIdentifier;

        @Override
        public GudidStaging beginImport(ReleaseKind kind) {
            FakeStaging s = new FakeStaging(kind, this);
            stagings.add(s);
            return s;
        }
    }

    static final class FakeStaging implements GudidStaging {
        final GudidStore.ReleaseKind kind;
        final FakeStore store;
        final List<DeviceModel> devices = new ArrayList<>();
        final List<String> children = new ArrayList<>();
        String committedBy;
        String committedRelease;
        boolean closed;

        FakeStaging(GudidStore.ReleaseKind kind, FakeStore store) {
            this.kind = kind;
            this.store = store;
        }

        private void open() {
            assertThat(closed).as("staging used after close").isFalse();
            assertThat(committedBy).as("staging used after commit").isNull();
        }

        @Override
        public void device(DeviceModel model) {
            open();
            devices.add(model);
        }

        @Override
        public void identifier(String primaryDi, DeviceModel.Identifier identifier) {
            open();
            if (store.failOnIdentifier != null) {
                throw store.failOnIdentifier;
            }
            children.add("id " + primaryDi + " " + identifier.deviceId());
        }

        @Override
        public void productCode(String primaryDi, DeviceModel.ProductCode productCode) {
            open();
            children.add("pc " + primaryDi + " " + productCode.code());
        }

        @Override
        public void gmdnTerm(String primaryDi, DeviceModel.GmdnTerm term) {
            open();
            children.add("gmdn " + primaryDi);
        }

        @Override
        public void premarketSubmission(String primaryDi, DeviceModel.PremarketSubmission submission) {
            open();
            children.add("sub " + primaryDi + " " + submission.number());
        }

        @Override
        public void sterilizationMethod(String primaryDi, String method) {
            open();
            children.add("ster " + primaryDi + " " + method);
        }

        @Override
        public void contact(String primaryDi, DeviceModel.Contact contact) {
            open();
            children.add("contact " + primaryDi + " " + contact.phone());
        }

        @Override
        public void deviceSize(String primaryDi, DeviceModel.DeviceSize size) {
            open();
            children.add("size " + primaryDi + " " + size.type());
        }

        @Override
        public void storageCondition(String primaryDi, DeviceModel.StorageCondition condition) {
            open();
            children.add("storage " + primaryDi + " " + condition.type());
        }

        @Override
        public long devicesStaged() {
            return devices.size();
        }

        @Override
        public long commit(String actor, String releaseName) {
            open();
            committedBy = actor;
            committedRelease = releaseName;
            return devices.size() + 100;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void stagesEveryRowThenCommitsOnceWithActorAndReleaseName() {
        FakeStore store = new FakeStore();
        List<ImportStatus> reports = new ArrayList<>();
        ImportResult result = new GudidImportService(store).importRelease(SampleRelease.ZIP,
                GudidStore.ReleaseKind.FULL, ACTOR, reports::add, Cancellation.NEVER);

        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        ImportResult.Imported imported = (ImportResult.Imported) result;
        assertThat(imported.releaseName()).isEqualTo(SampleRelease.NAME);
        assertThat(imported.devicesStaged()).isEqualTo(41);
        assertThat(imported.modelsLive()).isEqualTo(141);
        assertThat(imported.rowsRead()).containsEntry(GudidFile.IDENTIFIERS, 54L).containsEntry(GudidFile.CONTACTS, 41L);
        assertThat(imported.problems().total()).isZero();

        assertThat(store.stagings).singleElement().satisfies(s -> {
            assertThat(s.kind).isEqualTo(GudidStore.ReleaseKind.FULL);
            assertThat(s.devices).hasSize(41).allSatisfy(m -> {
                assertThat(m.identifiers()).isEmpty();
                assertThat(m.productCodes()).isEmpty();
            });
            assertThat(s.children).hasSize(54 + 42 + 41 + 43 + 19 + 41 + 12 + 9)
                    .contains("id 09506000135113 29506000135117", "pc 09506000134352 FRN",
                            "contact A123BJC5D6E71 +1(555)010-7500", "size 09506004200015 Outer Diameter",
                            "storage 09506000143217 Special Storage Condition, Specify",
                            "sub 09506004200015 P210014", "ster 09506000143217 Radiation Sterilization");
            assertThat(s.committedBy).isEqualTo("biomed1@ws-7");
            assertThat(s.committedRelease).isEqualTo(SampleRelease.NAME);
            assertThat(s.closed).isTrue();
        });

        assertThat(reports).isNotEmpty();
        ImportStatus last = reports.get(reports.size() - 1);
        assertThat(last.step()).isEqualTo("Committing");
        assertThat(last.total()).isNegative();
        ImportStatus beforeCommit = reports.get(reports.size() - 2);
        assertThat(beforeCommit.done()).isEqualTo(beforeCommit.total()).isPositive();
        assertThat(beforeCommit.fraction()).isEqualTo(1.0);
        assertThat(beforeCommit.rows()).isEqualTo(41 + 54 + 42 + 41 + 43 + 19 + 41 + 12 + 9);
    }

    @Test
    void progressNeverGoesBackAndIsThrottledToOnePercentSteps() throws IOException {
        Path release = SyntheticGudidRelease.writeDirectory(tmp.resolve("big"), 20_000);
        List<ImportStatus> reports = new ArrayList<>();
        // A clock that never moves: only 1 % steps (and file changes) may produce reports.
        GudidImportService service = new GudidImportService(new FakeStore(), ReleaseLimits.defaults(), () -> 0L);
        ImportResult result = service.importRelease(release, GudidStore.ReleaseKind.FULL, ACTOR, reports::add,
                Cancellation.NEVER);
        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        List<ImportStatus> reading = reports.subList(0, reports.size() - 1);
        assertThat(reading.size()).isBetween(20, 100 + GudidFile.values().length + 1);
        for (int i = 1; i < reading.size(); i++) {
            assertThat(reading.get(i).done()).isGreaterThanOrEqualTo(reading.get(i - 1).done());
            assertThat(reading.get(i).rows()).isGreaterThanOrEqualTo(reading.get(i - 1).rows());
        }
        long total = reading.get(0).total();
        long onDisk = 0;
        for (GudidFile f : GudidFile.values()) {
            onDisk += Files.size(release.resolve(f.fileName()));
        }
        assertThat(total).isEqualTo(onDisk);
        assertThat(reading.get(reading.size() - 1).done()).isEqualTo(total);
    }

    @Test
    void progressIsAlsoReportedEveryHundredMilliseconds() throws IOException {
        Path release = SyntheticGudidRelease.writeDirectory(tmp.resolve("big"), 5_000);
        AtomicLong clock = new AtomicLong();
        List<ImportStatus> reports = new ArrayList<>();
        // Each reading of the clock advances it by 150 ms: every check is past the 100 ms mark.
        GudidImportService service = new GudidImportService(new FakeStore(), ReleaseLimits.defaults(),
                () -> clock.addAndGet(150_000_000L));
        service.importRelease(release, GudidStore.ReleaseKind.FULL, ACTOR, reports::add, Cancellation.NEVER);
        // One check per 256 lines: about (5,000 × ~8 lines) / 256 reports, far more than the 1 % steps alone.
        assertThat(reports.size()).isGreaterThan(120);
    }

    @Test
    void cancellingStopsTheReadAndNeverCommits() throws IOException {
        Path release = SyntheticGudidRelease.writeDirectory(tmp.resolve("big"), 20_000);
        FakeStore store = new FakeStore();
        Cancellation.Flag cancel = new Cancellation.Flag();
        List<ImportStatus> reports = new ArrayList<>();
        ImportResult result = new GudidImportService(store).importRelease(release, GudidStore.ReleaseKind.FULL,
                ACTOR, status -> {
                    reports.add(status);
                    if (status.rows() > 5_000) {
                        cancel.cancel();
                    }
                }, cancel);
        assertThat(result).isInstanceOf(ImportResult.Cancelled.class);
        assertThat(((ImportResult.Cancelled) result).rowsRead()).isBetween(5_000L, 6_000L);
        FakeStaging staging = store.stagings.get(0);
        assertThat(staging.committedBy).isNull();
        assertThat(staging.closed).isTrue();
        assertThat(staging.devices.size()).isLessThan(20_000);
        assertThat(reports).noneMatch(s -> s.step().equals("Committing"));
    }

    @Test
    void aCancellationBeforeTheStartStagesNothing() {
        FakeStore store = new FakeStore();
        Cancellation.Flag cancel = new Cancellation.Flag();
        cancel.cancel();
        ImportResult result = new GudidImportService(store).importRelease(SampleRelease.DIR,
                GudidStore.ReleaseKind.DELTA, ACTOR, ImportProgress.NONE, cancel);
        assertThat(result).isEqualTo(new ImportResult.Cancelled(0));
        assertThat(store.stagings).isEmpty();
    }

    @Test
    void aBadReleaseFailsBeforeAnythingIsStaged() throws IOException {
        Path release = SampleRelease.copy(tmp.resolve("r"));
        List<String> lines = SampleRelease.lines(release.resolve("identifiers.txt"));
        lines.set(0, lines.get(0).replace("deviceIdType", "type"));
        SampleRelease.write(release.resolve("identifiers.txt"), lines);
        FakeStore store = new FakeStore();
        ImportResult result = new GudidImportService(store).importRelease(release, GudidStore.ReleaseKind.FULL,
                ACTOR, ImportProgress.NONE, Cancellation.NEVER);
        assertThat(result).isInstanceOf(ImportResult.Failed.class);
        assertThat(((ImportResult.Failed) result).message()).contains("identifiers.txt", "deviceIdType");
        assertThat(store.stagings).isEmpty();
    }

    @Test
    void aFullReleaseWithoutIdentifiersIsRefusedButADeltaIsRead() throws IOException {
        Path release = Files.createDirectory(tmp.resolve("devices-only"));
        Files.copy(SampleRelease.DIR.resolve("device.txt"), release.resolve("device.txt"));
        FakeStore store = new FakeStore();
        GudidImportService service = new GudidImportService(store);
        ImportResult full = service.importRelease(release, GudidStore.ReleaseKind.FULL, ACTOR, ImportProgress.NONE,
                Cancellation.NEVER);
        assertThat(full).isInstanceOf(ImportResult.Failed.class);
        assertThat(((ImportResult.Failed) full).message()).contains("identifiers.txt");
        assertThat(store.stagings).isEmpty();

        ImportResult delta = service.importRelease(release, GudidStore.ReleaseKind.DELTA, ACTOR,
                ImportProgress.NONE, Cancellation.NEVER);
        assertThat(delta).isInstanceOf(ImportResult.Imported.class);
        assertThat(((ImportResult.Imported) delta).absentFiles()).contains(GudidFile.IDENTIFIERS);
        assertThat(store.stagings).singleElement().satisfies(s -> assertThat(s.kind)
                .isEqualTo(GudidStore.ReleaseKind.DELTA));
    }

    @Test
    void aStoreFailureClosesTheStagingWithoutCommitting() {
        FakeStore store = new FakeStore();
        store.failOnIdentifier = new IllegalStateException("database is locked");
        ImportResult result = new GudidImportService(store).importRelease(SampleRelease.DIR,
                GudidStore.ReleaseKind.FULL, ACTOR, ImportProgress.NONE, Cancellation.NEVER);
        assertThat(result).isInstanceOf(ImportResult.Failed.class);
        assertThat(((ImportResult.Failed) result).message()).contains("database is locked", "unchanged");
        assertThat(store.stagings.get(0).committedBy).isNull();
        assertThat(store.stagings.get(0).closed).isTrue();
    }

    @Test
    void aDamagedZipFailsWithAClearMessageAndNothingCommitted() throws IOException {
        byte[] zip = Files.readAllBytes(SampleRelease.ZIP);
        Path cut = tmp.resolve("cut.zip");
        Files.write(cut, java.util.Arrays.copyOf(zip, zip.length - 30));
        FakeStore store = new FakeStore();
        ImportResult result = new GudidImportService(store).importRelease(cut, GudidStore.ReleaseKind.FULL, ACTOR,
                ImportProgress.NONE, Cancellation.NEVER);
        assertThat(result).isInstanceOf(ImportResult.Failed.class);
        assertThat(((ImportResult.Failed) result).message()).contains("cut.zip", "truncated");
        assertThat(store.stagings).isEmpty();
    }

    @Test
    void statusLineForATerminal() {
        assertThat(new ImportStatus("Reading device.txt", 421, 1000, 1_234_567).line())
                .isEqualTo("Reading device.txt   42%  (1,234,567 rows)");
        assertThat(new ImportStatus("Committing", 1000, -1, 12).line()).isEqualTo("Committing  (12 rows)");
    }
}
