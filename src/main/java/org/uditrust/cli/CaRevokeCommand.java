package org.uditrust.cli;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.uditrust.identity.ca.CaResult;
import org.uditrust.identity.ca.IssuedEntry;
import org.uditrust.identity.ca.RevocationReason;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code uditrust ca revoke --dir D SERIAL --reason R}. */
@Command(name = "revoke", mixinStandardHelpOptions = true,
        description = {"Revoke a device certificate (it appears in the next 'ca crl').",
                "Reasons: unspecified, key-compromise, ca-compromise, affiliation-changed, superseded,",
                "cessation-of-operation, certificate-hold, privilege-withdrawn, aa-compromise.",
                "Exit status: 0 revoked, 1 unknown or already revoked serial, 2 usage error."})
final class CaRevokeCommand implements Callable<Integer> {

    private final CliSession session;
    private final Cli.Console console;

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "The CA directory.")
    Path dir;

    @Parameters(paramLabel = "SERIAL", description = "The certificate serial number in hex (as 'ca issue' prints).")
    String serial;

    @Option(names = "--reason", required = true, paramLabel = "REASON", description = "Why (see above).")
    String reason;

    @Mixin
    CaSecrets secrets;

    CaRevokeCommand(CliSession session, Cli.Console console) {
        this.session = session;
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        BigInteger number = CaSerials.parse(serial, spec);
        RevocationReason why = RevocationReason.byName(reason).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "Unknown --reason '" + reason + "'; see 'uditrust ca revoke --help'."));
        try (CaAccess.Opened opened = CaAccess.open(dir, secrets, session.services(), console)) {
            if (opened == null) {
                return Cli.INVALID;
            }
            CaResult<IssuedEntry> revoked = opened.ca().revoke(number, why);
            if (revoked instanceof CaResult.Failed) {
                CaAccess.report(console, ((CaResult.Failed<IssuedEntry>) revoked).problem());
                return Cli.INVALID;
            }
            IssuedEntry e = ((CaResult.Ok<IssuedEntry>) revoked).value();
            console.out().println("Revoked " + e.serialHex() + " (" + e.udi() + ") at " + e.revokedAt() + ": "
                    + why.cliName() + ". Publish a new CRL with 'uditrust ca crl'.");
            return Cli.OK;
        }
    }
}
