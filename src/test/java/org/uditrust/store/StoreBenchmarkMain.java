package org.uditrust.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.uditrust.audit.AuditChange;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceModel;
import org.uditrust.registry.DeviceQuery;
import org.uditrust.registry.GudidStaging;
import org.uditrust.registry.GudidStore;
import org.uditrust.registry.Location;
import org.uditrust.registry.RecallQuery;

/**
 * Rough timings of the store on this machine (not a unit test): {@code java -cp ... StoreBenchmarkMain <dir>
 * <devices> <gudidModels>}. The JMH benchmarks and BENCHMARKS.md are the official numbers.
 */
public final class StoreBenchmarkMain {

    private StoreBenchmarkMain() {
    }

    @SuppressWarnings("SystemOut")
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int devices = Integer.parseInt(args[1]);
        int models = Integer.parseInt(args[2]);
        Files.createDirectories(dir);
        Path file = dir.resolve("bench-" + System.nanoTime() + ".db");
        Clock clock = Clock.systemUTC();
        try (Database db = Database.open(file, clock)) {
            long t0 = System.nanoTime();
            long c0 = cpu();
            int perTx = 10_000;
            for (int start = 0; start < devices; start += perTx) {
                int s = start;
                db.transactions().write(r -> {
                    for (int i = s; i < Math.min(devices, s + perTx); i++) {
                        String di = String.format("0%013d", i % 1000);
                        r.devices().insert(StoreFixtures.device(di, "LOT" + (i % 97), "SN" + i,
                                new Location("Site " + (i % 5), null, "Dept " + (i % 40), null), clock.instant()));
                    }
                    return null;
                });
            }
            say("insert %d devices: %d ms (cpu %d ms)", devices, ms(t0), cpu() - c0);

            List<Long> recall = new ArrayList<>();
            for (int k = 0; k < 200; k++) {
                String di = String.format("0%013d", k * 7 % 1000);
                RecallQuery q = k % 2 == 0 ? new RecallQuery(di, Set.of("LOT3", "LOT5", "LOT11"), null, null, null)
                        : new RecallQuery(di, null, null, "SN100000", "SN199999");
                long t = System.nanoTime();
                int n = db.transactions().read(r -> r.devices().recallMatches(q)).size();
                recall.add(System.nanoTime() - t);
                if (k == 0) {
                    say("recall returns %d devices", n);
                }
            }
            say("recall median %.2f ms, p90 %.2f ms", median(recall, 0.5), median(recall, 0.9));

            long t1 = System.nanoTime();
            List<Device> page = db.transactions().read(r -> r.devices().find(DeviceQuery.all(), 500_000 % Math.max(1,
                    devices), 50));
            say("page at offset 500000: %d ms (%d rows)", ms(t1), page.size());
            for (DeviceQuery.Sort sort : DeviceQuery.Sort.values()) {
                long t = System.nanoTime();
                db.transactions().read(r -> r.devices().find(new DeviceQuery(null, null, null, null, sort, true), 0,
                        50));
                say("first page sorted by %s: %d ms", sort, ms(t));
            }
            long t2 = System.nanoTime();
            long c = db.transactions().read(r -> r.devices().count(DeviceQuery.text("sn12345")));
            say("text count 'sn12345': %d ms (%d)", ms(t2), c);
            long t3 = System.nanoTime();
            db.transactions().read(r -> r.devices().find(DeviceQuery.text("dept 7"), 0, 50));
            say("text page 'dept 7': %d ms", ms(t3));

            List<Long> register = new ArrayList<>();
            for (int k = 0; k < 200; k++) {
                int kk = k;
                long t = System.nanoTime();
                db.transactions().write(r -> {
                    Device d = r.devices().insert(StoreFixtures.device("09506000134352", null, "REG" + kk,
                            Location.UNKNOWN, clock.instant()));
                    r.audit().append("bench", new AuditChange("device.insert", "device", Long.toString(d.id()),
                            null, org.uditrust.registry.DeviceRecords.auditJson(d)));
                    return null;
                });
                register.add(System.nanoTime() - t);
            }
            say("insert+audit transaction median %.2f ms, p90 %.2f ms", median(register, 0.5),
                    median(register, 0.9));

            if (models == 0) {
                // A full release without models is refused (it would delete every model): nothing to measure.
                say("GUDID part skipped (0 models asked for)");
                return;
            }
            long t4 = System.nanoTime();
            long c4 = cpu();
            Runtime rt = Runtime.getRuntime();
            long maxUsed = 0;
            try (GudidStaging staging = db.gudid().beginImport(GudidStore.ReleaseKind.FULL)) {
                for (int i = 0; i < models; i++) {
                    String di = String.format("%014d", i);
                    staging.device(StoreFixtures.model(di, "Brand " + i, i % 2 == 0, i % 3 == 0));
                    staging.identifier(di, new DeviceModel.Identifier(di, "Primary", "GS1", null, null));
                    staging.identifier(di, new DeviceModel.Identifier("1" + di.substring(1), "Package", "GS1", 10,
                            "Box"));
                    staging.productCode(di, new DeviceModel.ProductCode("FRN", "Pump, Infusion"));
                    staging.gmdnTerm(di, new DeviceModel.GmdnTerm("13215", "Infusion pump", null, false));
                    if (i % 100_000 == 0) {
                        maxUsed = Math.max(maxUsed, rt.totalMemory() - rt.freeMemory());
                    }
                }
                say("staged %d models: %d ms (cpu %d ms)", models, ms(t4), cpu() - c4);
                long t5 = System.nanoTime();
                long c5 = cpu();
                staging.commit("bench", "bench-release");
                say("commit: %d ms (cpu %d ms)", ms(t5), cpu() - c5);
            }
            say("GUDID import total %d ms, heap sampled max %d MB", ms(t4), maxUsed / 1_000_000);
        }
        say("file size %d MB", Files.size(file) / 1_000_000);
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
    }

    private static double median(List<Long> nanos, double q) {
        long[] a = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return a[(int) (q * (a.length - 1))] / 1e6;
    }

    @SuppressWarnings("SystemOut")
    private static void say(String format, Object... args) {
        System.out.println(String.format(format, args));
    }
}
