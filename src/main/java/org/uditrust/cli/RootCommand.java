package org.uditrust.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code uditrust}: without a subcommand the launcher opens the desktop app instead. */
@Command(name = "uditrust", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Medical-device identity and UDI compliance. Run without arguments to open the desktop app.",
        subcommands = {UdiCommand.class, DeviceCommand.class, AuditCommand.class, DbCommand.class, GudidCommand.class,
                DemoCommand.class, IdentityCommand.class, CaCommand.class})
final class RootCommand {

    private final CliSession session;

    RootCommand(CliSession session) {
        this.session = session;
    }

    // Inherited, so `uditrust --db F device list` and `uditrust device list --db F` both work.
    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The database file (default: $UDITRUST_DB, else uditrust.db in your user data folder).")
    void database(Path file) {
        session.useDatabase(file);
    }
}
