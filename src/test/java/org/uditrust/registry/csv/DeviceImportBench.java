package org.uditrust.registry.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.uditrust.registry.Actor;
import org.uditrust.registry.DeviceQuery;
import org.uditrust.registry.InventoryQueries;
import org.uditrust.store.Database;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.UdiParser;

/**
 * Issue #4 target: 1,000,000 device rows from CSV in at most 20 s, against the sqlite3 shell's {@code .import} of
 * the same file. A benchmark program, not a test (it writes a ~90 MB file and a ~600 MB database):
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.uditrust.registry.csv.DeviceImportBench DIR
 * [ROWS]} (see BENCHMARKS.md).
 */
public final class DeviceImportBench {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    private final Path dir;

    private DeviceImportBench(Path dir) {
        this.dir = dir;
    }

    /**
     * {@code DIR [ROWS [WARMUP_ROWS]]}: with WARMUP_ROWS, an import of that many rows into a throwaway database in
     * DIR/warmup runs first, so the measured import runs on compiled code, as JMH's warm-up iterations do (the
     * first import after the JVM starts also pays for the JIT compiler, which on one core shares it).
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/csv-bench");
        Files.createDirectories(dir);
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        if (warmup > 0) {
            System.out.printf("warm-up: an import of %,d rows first%n", warmup);
            Path warmupDir = Files.createDirectories(dir.resolve("warmup"));
            for (String name : new String[] {"bench.db", "bench.db-wal", "bench.db-shm", "reference.db"}) {
                Files.deleteIfExists(warmupDir.resolve(name));
            }
            new DeviceImportBench(warmupDir).run(warmup);
            System.out.println("measured run:");
        }
        new DeviceImportBench(dir).run(args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000);
    }

    private void run(int rows) throws IOException {
        Path csv = dir.resolve("devices.csv");
        writeFile(csv, rows);
        double seconds;
        long start;
        Database db = Database.open(dir.resolve("bench.db"), CLOCK);
        try (InputStream in = Files.newInputStream(csv)) {
            DeviceImportService importer = new DeviceImportService(new UdiParser(ParseOptions.defaults(CLOCK)),
                    db.transactions(), CLOCK);
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long validateCpu = threads.getCurrentThreadCpuTime();
            long validateStart = System.nanoTime();
            try (InputStream again = Files.newInputStream(csv)) {
                importer.importCsv(again, ImportOptions.defaults().withMode(ImportMode.VALIDATE_ONLY),
                        new Actor("bench", "ws"));
            }
            System.out.printf("validate only (read, parse, check; no store): %.2f s wall, %.2f s cpu%n",
                    (System.nanoTime() - validateStart) / 1e9, (threads.getCurrentThreadCpuTime() - validateCpu) / 1e9);
            long cpu = threads.getCurrentThreadCpuTime();
            start = System.nanoTime();
            long[] last = {start};
            ImportOutcome outcome = importer.importCsv(in, ImportOptions.defaults().withProgress(n -> {
                if (n % 100_000 == 0 || Boolean.getBoolean("uditrust.bench.verbose")) {
                    long now = System.nanoTime();
                    System.out.printf("  %,d rows at %.2f s (+%.2f s)%n", n, (now - start) / 1e9,
                            (now - last[0]) / 1e9);
                    last[0] = now;
                }
            }), new Actor("bench", "ws"));
            seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            System.out.printf("import of %,d rows (%,d bytes): %.2f s wall (%.2f s cpu of the importing thread), "
                    + "%,.0f rows/s, outcome %s%n", rows, Files.size(csv), seconds, cpuSeconds, rows / seconds,
                    outcome.getClass().getSimpleName());
            long stored = new InventoryQueries(db.transactions()).count(DeviceQuery.all());
            if (!(outcome instanceof ImportOutcome.Imported) || stored != rows) {
                throw new IllegalStateException("the benchmark import did not store every row: " + outcome);
            }
        } finally {
            // Closing waits for the WAL checkpoint a bulk import leaves to a background thread, so the reference
            // below runs on a quiet disk, and this line shows when the import's writes were all in the file.
            db.close();
        }
        System.out.printf("closed (WAL checkpointed into the database file) %.2f s after the import started%n",
                (System.nanoTime() - start) / 1e9);
        sqliteShellReference(csv, seconds);
    }

    /** The issue's reference: the sqlite3 shell's {@code .import} of the same file into a plain table. */
    private void sqliteShellReference(Path csv, double ours) throws IOException {
        Path shell = Path.of("/usr/bin/sqlite3");
        if (!Files.isExecutable(shell)) {
            System.out.println("sqlite3 shell not found: no reference time");
            return;
        }
        long start = System.nanoTime();
        Process p = new ProcessBuilder(shell.toString(), dir.resolve("reference.db").toString(), "-cmd", ".mode csv",
                ".import " + csv + " devices").redirectErrorStream(true).start();
        try {
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("sqlite3 .import of the same file: %.2f s; ratio ours / sqlite3 = %.1f%n", seconds,
                ours / seconds);
    }

    /** Rows over 100 GTINs (valid GS1 check digits), with lot, serial, expiry and a location, as HRI. */
    static void writeFile(Path csv, int rows) throws IOException {
        String[] gtins = new String[100];
        for (int g = 0; g < gtins.length; g++) {
            String body = "0950600013" + String.format("%03d", g);
            gtins[g] = body + checkDigit(body);
        }
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("udi,site,building,department,room,owner,notes,status\r\n");
            for (int i = 0; i < rows; i++) {
                w.write("(01)" + gtins[i % 100] + "(17)271231(10)L" + (i / 1000) + "(21)S" + i
                        + ",St Mary,B" + (i % 7) + ",Dept " + (i % 40) + ",R" + (i % 300) + ",Biomed,,in service\r\n");
            }
        }
    }

    /** GS1 mod-10 check digit over 13 digits (GS1 General Specifications 7.9.1). */
    static int checkDigit(String thirteen) {
        int sum = 0;
        for (int i = 0; i < thirteen.length(); i++) {
            int d = thirteen.charAt(i) - '0';
            sum += (i % 2 == 0) ? d * 3 : d;
        }
        return (10 - sum % 10) % 10;
    }
}
