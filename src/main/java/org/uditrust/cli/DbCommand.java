package org.uditrust.cli;

import picocli.CommandLine.Command;

/** {@code uditrust db …}: the database file itself. */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Back up, restore and describe the database.",
        subcommands = {DbBackupCommand.class, DbRestoreCommand.class, DbInfoCommand.class})
final class DbCommand {
}
