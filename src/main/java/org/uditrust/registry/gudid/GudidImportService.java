package org.uditrust.registry.gudid;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.uditrust.registry.Actor;
import org.uditrust.registry.DeviceModel;
import org.uditrust.registry.GudidStaging;
import org.uditrust.registry.GudidStore;

/**
 * Imports an AccessGUDID delimited release into the store: checks the release, stages its rows file by file and
 * swaps them in with one commit. A release that cannot be read, a failure while staging, or a cancellation closes
 * the staging area without committing, so the previous GUDID data stays as it was.
 */
public final class GudidImportService {

    private static final long REPORT_NANOS = 100_000_000L;

    private final GudidStore store;
    private final ReleaseLimits limits;
    private final LongSupplier nanoTime;

    public GudidImportService(GudidStore store) {
        this(store, ReleaseLimits.defaults(), System::nanoTime);
    }

    /** For tests: other limits and a controllable clock for the progress throttle. */
    GudidImportService(GudidStore store, ReleaseLimits limits, LongSupplier nanoTime) {
        this.store = Objects.requireNonNull(store, "store");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /**
     * Imports the release at {@code zipOrDir}. Runs on the caller's thread (the faces run it in the background).
     *
     * @param kind     full release (replaces all models) or delta (updates the models it names)
     * @param actor    who imports, for the audit trail
     * @param progress receives progress about every 1 % or 100 ms
     * @param cancel   polled between rows; when set, the import stops and nothing changes
     */
    public ImportResult importRelease(Path zipOrDir, GudidStore.ReleaseKind kind, Actor actor,
                                      ImportProgress progress, Cancellation cancel) {
        Objects.requireNonNull(zipOrDir, "zipOrDir");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancel, "cancel");
        AccessGudidRelease release;
        try {
            release = AccessGudidRelease.open(zipOrDir, limits);
        } catch (GudidReleaseException e) {
            return new ImportResult.Failed(e.getMessage());
        }
        try (release) {
            if (kind == GudidStore.ReleaseKind.FULL && !release.files().contains(GudidFile.IDENTIFIERS)) {
                // A full release replaces every model; without identifiers.txt no package DI would resolve.
                return new ImportResult.Failed(release.name() + " has no identifiers.txt, so it is not a complete "
                        + "full release; nothing was imported.");
            }
            if (cancel.isCancelled()) {
                return new ImportResult.Cancelled(0);
            }
            return stageAndCommit(release, kind, actor, progress, cancel);
        } catch (GudidReleaseException e) {
            return new ImportResult.Failed(e.getMessage());
        } catch (RuntimeException e) {
            // The store failed (disk full, database locked…): the staging was dropped, live data is untouched.
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new ImportResult.Failed("The import of " + zipOrDir.getFileName() + " failed while storing it ("
                    + why + "); the previous GUDID data is unchanged.");
        }
    }

    private ImportResult stageAndCommit(AccessGudidRelease release, GudidStore.ReleaseKind kind, Actor actor,
                                        ImportProgress progress, Cancellation cancel) {
        Throttle throttle = new Throttle(progress, release.totalBytes());
        try (GudidStaging staging = store.beginImport(kind)) {
            ReadSummary summary = release.read(new StagingVisitor(staging), cancel, throttle);
            if (summary.cancelled()) {
                long rows = 0;
                for (long n : summary.rowsRead().values()) {
                    rows += n;
                }
                return new ImportResult.Cancelled(rows);
            }
            throttle.finish();
            progress.report(new ImportStatus("Committing", throttle.lastDone, -1, throttle.lastRows));
            long staged = staging.devicesStaged();
            long live = staging.commit(actor.auditName(), release.name());
            return new ImportResult.Imported(release.name(), summary.rowsRead(), summary.absent(), staged, live,
                    summary.problems());
        }
    }

    /** Forwards mapped rows to the staging area. */
    private static final class StagingVisitor implements GudidRowVisitor {
        private final GudidStaging staging;

        StagingVisitor(GudidStaging staging) {
            this.staging = staging;
        }

        @Override
        public void device(DeviceModel model) {
            staging.device(model);
        }

        @Override
        public void identifier(String primaryDi, DeviceModel.Identifier identifier) {
            staging.identifier(primaryDi, identifier);
        }

        @Override
        public void productCode(String primaryDi, DeviceModel.ProductCode productCode) {
            staging.productCode(primaryDi, productCode);
        }

        @Override
        public void gmdnTerm(String primaryDi, DeviceModel.GmdnTerm term) {
            staging.gmdnTerm(primaryDi, term);
        }

        @Override
        public void premarketSubmission(String primaryDi, DeviceModel.PremarketSubmission submission) {
            staging.premarketSubmission(primaryDi, submission);
        }

        @Override
        public void sterilizationMethod(String primaryDi, String method) {
            staging.sterilizationMethod(primaryDi, method);
        }

        @Override
        public void contact(String primaryDi, DeviceModel.Contact contact) {
            staging.contact(primaryDi, contact);
        }

        @Override
        public void deviceSize(String primaryDi, DeviceModel.DeviceSize size) {
            staging.deviceSize(primaryDi, size);
        }

        @Override
        public void storageCondition(String primaryDi, DeviceModel.StorageCondition condition) {
            staging.storageCondition(primaryDi, condition);
        }
    }

    /** Passes progress on at most every 1 % or 100 ms, never going backwards. */
    private final class Throttle implements AccessGudidRelease.Progress {
        private final ImportProgress target;
        private final long total;
        private long lastDone = -1;
        private long lastRows;
        private long seenRows;
        private long lastNanos;
        private GudidFile lastFile;

        Throttle(ImportProgress target, long total) {
            this.target = target;
            this.total = total;
            this.lastNanos = nanoTime.getAsLong();
        }

        @Override
        public void advanced(GudidFile file, long bytesDone, long rowsDone) {
            seenRows = Math.max(seenRows, rowsDone);
            long now = nanoTime.getAsLong();
            boolean step = total > 0 && lastDone >= 0 && (bytesDone - lastDone) * 100 >= total;
            if (lastDone < 0 || file != lastFile || step || now - lastNanos >= REPORT_NANOS) {
                emit(file, Math.max(bytesDone, Math.max(lastDone, 0)), seenRows, now);
            }
        }

        void finish() {
            long done = total > 0 ? total : Math.max(lastDone, 0);
            emit(lastFile == null ? GudidFile.DEVICE : lastFile, done, seenRows, nanoTime.getAsLong());
        }

        private void emit(GudidFile file, long done, long rows, long now) {
            lastDone = done;
            lastRows = rows;
            lastNanos = now;
            lastFile = file;
            target.report(new ImportStatus("Reading " + file.fileName(), done, total, rows));
        }
    }
}
