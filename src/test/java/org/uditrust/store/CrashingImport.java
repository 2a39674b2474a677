package org.uditrust.store;

import java.nio.file.Path;
import java.time.Clock;
import org.uditrust.audit.AuditChange;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceModel;
import org.uditrust.registry.GudidStaging;
import org.uditrust.registry.GudidStore;
import org.uditrust.registry.Location;

/**
 * The victim of {@link CrashSafetyTest}: run in its own JVM, it imports GUDID releases and registers devices in a
 * loop, saying on standard output what it is doing, until the test kills it with SIGKILL.
 */
public final class CrashingImport {

    static final int MODELS_PER_RELEASE = 12_000;
    static final int DEVICES_PER_ROUND = 1_000;

    private CrashingImport() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        Clock clock = Clock.systemUTC();
        try (Database db = Database.open(file, clock)) {
            for (int round = 1; ; round++) {
                int r = round;
                db.transactions().write(repos -> {
                    for (int i = 0; i < DEVICES_PER_ROUND; i++) {
                        Device d = repos.devices().insert(StoreFixtures.device("00643169007222", "R" + r,
                                "C" + i, Location.UNKNOWN, clock.instant()));
                        repos.audit().append("crash@test", new AuditChange("device.insert", "device",
                                Long.toString(d.id()), null, DeviceRecordsForTest.json(d)));
                    }
                    return null;
                });
                say("devices " + round);
                try (GudidStaging staging = db.gudid().beginImport(GudidStore.ReleaseKind.DELTA)) {
                    for (int i = 0; i < MODELS_PER_RELEASE; i++) {
                        String di = String.format("9%03d%010d", round, i);
                        staging.device(StoreFixtures.model(di, "Crash " + round, true, false));
                        staging.identifier(di, new DeviceModel.Identifier(di, "Primary", "GS1", null, null));
                        staging.contact(di, new DeviceModel.Contact("+1(555)020-0000", null, "crash@example.com"));
                        if (i % 5_000 == 0) {
                            say("staging " + round + " " + i);
                        }
                    }
                    say("committing " + round);
                    staging.commit("crash@test", "crash-release-" + round);
                    say("committed " + round);
                }
            }
        }
    }

    @SuppressWarnings("SystemOut")
    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** The device's audit form (the registry's, so the entry looks like a real one). */
    static final class DeviceRecordsForTest {
        private DeviceRecordsForTest() {
        }

        static String json(Device d) {
            return org.uditrust.registry.DeviceRecords.auditJson(d);
        }
    }
}
