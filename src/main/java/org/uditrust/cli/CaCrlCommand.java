package org.uditrust.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.uditrust.identity.ca.Pem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code uditrust ca crl --dir D --out FILE}: sign and write a CRL of every revoked certificate. */
@Command(name = "crl", mixinStandardHelpOptions = true,
        description = {"Publish a CRL (PEM) of every certificate the CA revoked, with the next CRL number.",
                "Exit status: 0 written, 1 the CA could not be opened, 2 usage error."})
final class CaCrlCommand implements Callable<Integer> {

    private final CliSession session;
    private final Cli.Console console;

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "The CA directory.")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CRL file to write (PEM).")
    Path out;

    @Option(names = "--next-update-days", paramLabel = "N", defaultValue = "7",
            description = "nextUpdate, in days after now (default: ${DEFAULT-VALUE}).")
    int nextUpdateDays;

    @Mixin
    CaSecrets secrets;

    CaCrlCommand(CliSession session, Cli.Console console) {
        this.session = session;
        this.console = console;
    }

    @Override
    public Integer call() throws IOException, GeneralSecurityException {
        if (nextUpdateDays <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--next-update-days must be positive.");
        }
        try (CaAccess.Opened opened = CaAccess.open(dir, secrets, session.services(), console)) {
            if (opened == null) {
                return Cli.INVALID;
            }
            X509CRL crl = opened.ca().publishCrl(Duration.ofDays(nextUpdateDays));
            Files.writeString(out, Pem.crl(crl), StandardCharsets.US_ASCII);
            int revoked = crl.getRevokedCertificates() == null ? 0 : crl.getRevokedCertificates().size();
            console.out().println("Wrote " + out + ": " + revoked + " revoked, next update " + crl.getNextUpdate()
                    .toInstant());
            return Cli.OK;
        }
    }
}
