package org.uditrust.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.uditrust.registry.DatabaseMaintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code uditrust db restore FILE}: asks no questions (scripts run it); the store checks the backup before it
 * replaces anything and keeps the replaced database beside it, and this command says where.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the database with the backup FILE, after checking that it is a UDI Trust database",
                "this version can open and that its audit trail verifies. Asks no questions; the replaced",
                "database is kept beside it and its name is printed.",
                "Exit status: 0 restored, 1 FILE missing or refused, 2 usage error."})
final class DbRestoreCommand implements Callable<Integer> {

    private final CliSession session;
    private final Cli.Console console;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup to restore.")
    Path source;

    DbRestoreCommand(CliSession session, Cli.Console console) {
        this.session = session;
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(source)) {
            console.err().println(source + " is not a file.");
            return Cli.INVALID;
        }
        DatabaseMaintenance maintenance = session.registry().maintenance();
        Path live = session.databaseFile().toAbsolutePath();
        // The store chooses the kept file's name; the new file beside the database is it.
        Set<Path> before = siblings(live);
        maintenance.restoreFrom(source);
        console.out().println("Restored " + live + " from " + source + ".");
        Set<Path> kept = siblings(live);
        kept.removeAll(before);
        for (Path p : kept) {
            console.out().println("The replaced database was kept as " + p + ".");
        }
        DatabaseMaintenance.DatabaseInfo info = maintenance.info();
        console.out().println("Now: " + info.devices() + " devices, " + info.models() + " GUDID models, "
                + info.auditEntries() + " audit entries.");
        return Cli.OK;
    }

    private static Set<Path> siblings(Path live) throws IOException {
        Path dir = live.getParent();
        String name = live.getFileName().toString();
        Set<Path> out = new HashSet<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> {
                String n = p.getFileName().toString();
                // SQLite's own companions come and go; they are not what the restore kept.
                return n.startsWith(name.replaceFirst("\\.db$", "")) && !n.equals(name) && !n.endsWith("-wal")
                        && !n.endsWith("-shm") && !n.endsWith("-journal");
            }).forEach(out::add);
        }
        return out;
    }
}
