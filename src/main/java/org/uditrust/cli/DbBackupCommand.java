package org.uditrust.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code uditrust db backup FILE}: a consistent copy while the app may keep working (SQLite online backup). */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write a consistent copy of the database to FILE (never overwrites a file).",
                "Exit status: 0 written, 1 FILE exists or cannot be written, 2 usage error."})
final class DbBackupCommand implements Callable<Integer> {

    private final CliSession session;
    private final Cli.Console console;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file to create.")
    Path target;

    DbBackupCommand(CliSession session, Cli.Console console) {
        this.session = session;
        this.console = console;
    }

    @Override
    public Integer call() {
        if (Files.exists(target)) {
            console.err().println(target + " already exists; a backup never overwrites a file. Choose another name.");
            return Cli.INVALID;
        }
        session.registry().maintenance().backupTo(target);
        console.out().println("Backed up " + session.databaseFile() + " to " + target + ".");
        return Cli.OK;
    }
}
