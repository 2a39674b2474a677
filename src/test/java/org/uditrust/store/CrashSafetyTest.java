package org.uditrust.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uditrust.audit.AuditQuery;
import org.uditrust.audit.AuditVerification;
import org.uditrust.audit.AuditVerifier;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceModel;
import org.uditrust.registry.DeviceQuery;
import org.uditrust.registry.GudidStore;
import org.uditrust.registry.Location;

/**
 * kill -9 in the middle of an import: a separate JVM ({@link CrashingImport}) imports GUDID releases and registers
 * devices in a loop and is killed with SIGKILL at a chosen moment. The database must open again with the previous
 * data unchanged, every import either wholly there (with its audit entry) or not at all, and an intact audit chain.
 */
class CrashSafetyTest {

    static final int BASE_MODELS = 100;
    static final int BASE_DEVICES = 50;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "killed at \"{0}\"")
    @ValueSource(strings = {"staging 2 10000", "committing 2", "devices 3", "staging 1 5000"})
    void aKilledImportLeavesThePreviousDataIntact(String killAt) throws Exception {
        Path file = dir.resolve("crash.db");
        TestClock clock = new TestClock();
        List<Device> baseDevices;
        try (Database db = Database.open(file, clock)) {
            db.transactions().write(r -> {
                for (int i = 0; i < BASE_MODELS; i++) {
                    r.models().upsert(StoreFixtures.model(String.format("%014d", i), "Base " + i, true, true)
                            .withExtras(List.of(baseContact(i)), List.of(), List.of()));
                }
                for (int i = 0; i < BASE_DEVICES; i++) {
                    Device d = r.devices().insert(StoreFixtures.device("04046964734413", "BASE", "B" + i,
                            new Location("Site", null, null, null), clock.instant()));
                    r.audit().append("setup@test", new org.uditrust.audit.AuditChange("device.insert", "device",
                            Long.toString(d.id()), null, org.uditrust.registry.DeviceRecords.auditJson(d)));
                }
                return null;
            });
            baseDevices = db.transactions().read(r -> r.devices().find(new DeviceQuery(null, "04046964734413",
                    null, null, DeviceQuery.Sort.SERIAL, true), 0, 1000));
        }

        List<String> said = runAndKill(file, killAt);
        assertThat(said).contains(killAt);

        try (Database db = Database.open(file, clock)) {
            // The data that was there before is unchanged.
            assertThat(db.transactions().<List<Device>>read(r -> r.devices().find(new DeviceQuery(null, "04046964734413", null,
                    null, DeviceQuery.Sort.SERIAL, true), 0, 1000))).isEqualTo(baseDevices);
            for (int i = 0; i < BASE_MODELS; i += 33) {
                String di = String.format("%014d", i);
                assertThat(db.transactions().read(r -> r.models().byDi(di)).map(DeviceModel::brandName))
                        .contains("Base " + i);
                // Its customer contact too: staged contact rows never reach the live table before the commit.
                int n = i;
                assertThat(db.transactions().read(r -> r.models().byDi(di)).map(DeviceModel::contacts))
                        .contains(List.of(baseContact(n)));
            }
            // Every release is wholly there with its audit entry, or not at all.
            long models = db.maintenance().info().models();
            long imports = db.transactions().read(r -> r.auditTrail().count(new AuditQuery("gudid-release", null,
                    null, null, null, null)));
            assertThat(models).isEqualTo(BASE_MODELS + imports * CrashingImport.MODELS_PER_RELEASE);
            long contacts = db.transactionsForTests().inReadTransaction(c -> Jdbc.count(c,
                    "SELECT COUNT(*) FROM model_contact"));
            assertThat(contacts).isEqualTo(models);
            long committedSaid = said.stream().filter(s -> s.startsWith("committed ")).count();
            assertThat(imports).isBetween(committedSaid, committedSaid + 1);
            // Devices come in whole rounds, each with its audit entries.
            long devices = db.maintenance().info().devices() - BASE_DEVICES;
            assertThat(devices % CrashingImport.DEVICES_PER_ROUND).isZero();
            long deviceEntries = db.transactions().read(r -> r.auditTrail().count(new AuditQuery("device", null,
                    null, null, null, null)));
            assertThat(deviceEntries).isEqualTo(BASE_DEVICES + devices);
            AuditVerification verdict = db.transactions().read(r -> AuditVerifier.verify(r.auditTrail()));
            assertThat(verdict).isInstanceOf(AuditVerification.Intact.class);
            assertThat(((AuditVerification.Intact) verdict).entries()).isEqualTo(deviceEntries + imports);

            // A new import starts clean: staging left by the killed one is discarded, live data untouched.
            db.gudid().beginImport(GudidStore.ReleaseKind.DELTA).close();
            assertThat(db.transactionsForTests().<Long>inReadTransaction(c -> Jdbc.count(c,
                    "SELECT COUNT(*) FROM gudid_stage_model"))).isZero();
            assertThat(db.maintenance().info().models()).isEqualTo(models);
        }
    }

    private static DeviceModel.Contact baseContact(int i) {
        return new DeviceModel.Contact(String.format("+1(555)010-%04d", i), null, "base" + i + "@example.com");
    }

    private static List<String> runAndKill(Path file, String killAt) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingImport.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> said = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                said.add(line);
                if (line.equals(killAt)) {
                    break;
                }
            }
        } finally {
            // SIGKILL: no shutdown hooks, no finally blocks, no connection closing in the child.
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        return said;
    }
}
