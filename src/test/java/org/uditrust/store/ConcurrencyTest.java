package org.uditrust.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uditrust.audit.AuditChange;
import org.uditrust.audit.AuditVerification;
import org.uditrust.audit.AuditVerifier;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceModel;
import org.uditrust.registry.DeviceQuery;
import org.uditrust.registry.GudidStaging;
import org.uditrust.registry.GudidStore;
import org.uditrust.registry.Location;

class ConcurrencyTest {

    @TempDir
    Path dir;

    @Test
    void writersAndReadersOnSeveralThreadsKeepEveryChangeAndAnUnbrokenChain() throws Exception {
        TestClock clock = new TestClock();
        try (Database db = Database.open(dir.resolve("busy.db"), clock)) {
            int writers = 3;
            int perWriter = 150;
            ExecutorService pool = Executors.newFixedThreadPool(writers + 3);
            CountDownLatch start = new CountDownLatch(1);
            AtomicBoolean writing = new AtomicBoolean(true);
            ConcurrentLinkedQueue<String> readerProblems = new ConcurrentLinkedQueue<>();
            List<Future<?>> jobs = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                jobs.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perWriter; i++) {
                        String serial = "W" + writer + "-" + i;
                        db.transactions().write(r -> {
                            Device d = r.devices().insert(StoreFixtures.device("00643169007222", null, serial,
                                    Location.UNKNOWN, clock.instant()));
                            return r.audit().append("w" + writer, new AuditChange("device.insert", "device",
                                    Long.toString(d.id()), null, "{}"));
                        });
                    }
                    return null;
                }));
            }
            // A background GUDID import writing batches at the same time (the UI + import case).
            jobs.add(pool.submit(() -> {
                start.await();
                try (GudidStaging staging = db.gudid().beginImport(GudidStore.ReleaseKind.FULL)) {
                    for (int i = 0; i < 20_000; i++) {
                        staging.device(StoreFixtures.model(String.format("%014d", i), "B" + i, true, false));
                        staging.identifier(String.format("%014d", i), new DeviceModel.Identifier(
                                String.format("%014d", i), "Primary", "GS1", null, null));
                    }
                    staging.commit("importer", "concurrent");
                }
                return null;
            }));
            for (int r = 0; r < 2; r++) {
                jobs.add(pool.submit(() -> {
                    start.await();
                    long last = 0;
                    while (writing.get()) {
                        // Inside one read transaction the count and the page agree (a consistent snapshot).
                        long[] seen = db.transactions().read(repos -> {
                            long n = repos.devices().count(DeviceQuery.all());
                            long listed = repos.devices().find(DeviceQuery.all(), 0, 10_000).size();
                            return new long[] {n, listed};
                        });
                        if (seen[0] != seen[1]) {
                            readerProblems.add("count " + seen[0] + " but listed " + seen[1]);
                        }
                        if (seen[0] < last) {
                            readerProblems.add("went back from " + last + " to " + seen[0]);
                        }
                        last = seen[0];
                    }
                    return null;
                }));
            }
            start.countDown();
            for (int i = 0; i < writers + 1; i++) {
                jobs.get(i).get(120, TimeUnit.SECONDS);
            }
            writing.set(false);
            for (Future<?> job : jobs) {
                job.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();

            assertThat(readerProblems).isEmpty();
            assertThat(db.maintenance().info().devices()).isEqualTo((long) writers * perWriter);
            assertThat(db.maintenance().info().models()).isEqualTo(20_000);
            AuditVerification verdict = db.transactions().read(r -> AuditVerifier.verify(r.auditTrail()));
            assertThat(verdict).isEqualTo(new AuditVerification.Intact(writers * perWriter + 1,
                    ((AuditVerification.Intact) verdict).headHash()));
        }
    }

    @Test
    void aWriteInsideAWriteOnTheSameThreadJoinsIt() {
        TestClock clock = new TestClock();
        try (Database db = Database.open(dir.resolve("nested.db"), clock)) {
            try {
                db.transactions().write(outer -> {
                    outer.devices().insert(StoreFixtures.device("00643169007222", null, "A", Location.UNKNOWN,
                            clock.instant()));
                    db.transactions().write(inner -> inner.devices().insert(StoreFixtures.device("00643169007222",
                            null, "B", Location.UNKNOWN, clock.instant())));
                    // A read inside the write sees the write's own changes.
                    assertThat(db.transactions().<Long>read(r -> r.devices().count(DeviceQuery.all()))).isEqualTo(2L);
                    throw new IllegalStateException("roll everything back");
                });
            } catch (IllegalStateException expected) {
                // Both inserts belong to the outer transaction.
            }
            assertThat(db.maintenance().info().devices()).isZero();
        }
    }
}
