package org.uditrust.cli;

import picocli.CommandLine.Command;

/** {@code uditrust ca …}: the manufacturer's provisioning CA. */
@Command(name = "ca", mixinStandardHelpOptions = true,
        description = {"A manufacturer's provisioning CA: create it (keys in a PKCS#12 file or a PKCS#11 token),",
                "issue IEEE 802.1AR device certificates carrying the UDI, revoke, publish CRLs, renew."},
        subcommands = {CaInitCommand.class, CaIssueCommand.class, CaRevokeCommand.class, CaCrlCommand.class,
                CaRenewCommand.class})
final class CaCommand {
}
