package org.uditrust.registry.gudid;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.uditrust.registry.Actor;
import org.uditrust.registry.GudidStore;
import org.uditrust.store.Database;

/**
 * End-to-end benchmark (not a unit test): writes a synthetic release of N models unless one exists, imports it into
 * a new SQLite database through {@link GudidImportService}, and prints the time and the peak heap. Run with a small
 * heap to show memory stays flat, e.g.
 *
 * <pre>java -Xmx256m -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.uditrust.registry.gudid.GudidImportBench /tmp/gudid-bench 1000000 [zip]</pre>
 */
public final class GudidImportBench {

    private GudidImportBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/gudid-bench");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        boolean zip = args.length > 2 && args[2].equals("zip");
        Files.createDirectories(work);
        Path release = zip ? work.resolve("AccessGUDID_Delimited_Synthetic_Release_" + count + ".zip")
                : work.resolve("release-" + count);
        if (!Files.exists(release)) {
            long t = System.nanoTime();
            release = zip ? SyntheticGudidRelease.writeZip(work, count)
                    : SyntheticGudidRelease.writeDirectory(release, count);
            System.out.printf("generated %s in %.1f s%n", release, (System.nanoTime() - t) / 1e9);
        }
        Path dbFile = work.resolve("bench-" + System.nanoTime() + ".db");
        resetPeaks();
        long start = System.nanoTime();
        ImportResult result;
        try (Database db = Database.open(dbFile, Clock.systemUTC())) {
            long[] lastPercent = {-10};
            result = new GudidImportService(db.gudid()).importRelease(release, GudidStore.ReleaseKind.FULL,
                    new Actor("bench", "localhost"), status -> {
                        long percent = (long) (status.fraction() * 100);
                        if (percent >= lastPercent[0] + 10 || status.total() < 0) {
                            lastPercent[0] = percent;
                            System.out.printf("  %6.1f s  %s%n", (System.nanoTime() - start) / 1e9, status.line());
                        }
                    }, Cancellation.NEVER);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println(result instanceof ImportResult.Imported
                ? "imported: " + ((ImportResult.Imported) result).modelsLive() + " models live, rows "
                        + ((ImportResult.Imported) result).rowsRead()
                : "result: " + result);
        System.out.printf("time %.1f s, peak heap %.0f MB (max %d MB), database %d MB%n", seconds,
                peakHeap() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576, Files.size(dbFile) / 1048576);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks (an upper bound of the live heap at any moment). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
