package org.uditrust.cli;

import picocli.CommandLine.Command;

/** {@code uditrust audit …}: the hash-chained audit trail. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Verify and read the tamper-evident audit trail.",
        subcommands = {AuditVerifyCommand.class, AuditListCommand.class})
final class AuditCommand {
}
