package org.uditrust.cli;

import picocli.CommandLine.Command;

/** {@code uditrust identity …}: device certificates, trust anchors, path validation, UDI binding. */
@Command(name = "identity", mixinStandardHelpOptions = true,
        description = "Import, show, validate and bind device identities (X.509, IEEE 802.1AR DevID, TPM keys).",
        subcommands = {IdentityImportCommand.class, IdentityShowCommand.class, IdentityValidateCommand.class,
                IdentityBindCommand.class, IdentityAnchorCommand.class, IdentityRuleCommand.class,
                IdentityCrlCommand.class, IdentityClonesCommand.class, IdentityExpiringCommand.class})
final class IdentityCommand {
}
