package org.uditrust.cli;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.uditrust.identity.ca.CaResult;
import org.uditrust.identity.ca.DeviceProfile;
import org.uditrust.identity.ca.IssuedDeviceCertificate;
import org.uditrust.identity.ca.Pem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code uditrust ca renew --dir D SERIAL}: a new certificate for the same key and UDI. */
@Command(name = "renew", mixinStandardHelpOptions = true,
        description = {"Issue a new certificate for the same device key, subject and UDI, under a new serial.",
                "With --revoke-old the old certificate is revoked as superseded.",
                "Exit status: 0 renewed, 1 unknown or revoked serial, 2 usage error."})
final class CaRenewCommand implements Callable<Integer> {

    private final CliSession session;
    private final Cli.Console console;

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "The CA directory.")
    Path dir;

    @Parameters(paramLabel = "SERIAL", description = "Serial (hex) of the certificate to renew.")
    String serial;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the new certificate here (PEM).")
    Path out;

    @Option(names = "--revoke-old", description = "Revoke the old certificate (reason superseded).")
    boolean revokeOld;

    @Option(names = "--validity-days", paramLabel = "N",
            description = "Validity of the new certificate (default: none, notAfter 99991231235959Z).")
    Integer validityDays;

    @Mixin
    CaSecrets secrets;

    CaRenewCommand(CliSession session, Cli.Console console) {
        this.session = session;
        this.console = console;
    }

    @Override
    public Integer call() throws IOException, GeneralSecurityException {
        BigInteger number = CaSerials.parse(serial, spec);
        if (validityDays != null && validityDays <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--validity-days must be positive.");
        }
        DeviceProfile profile = new DeviceProfile(validityDays == null ? null : Duration.ofDays(validityDays), false);
        try (CaAccess.Opened opened = CaAccess.open(dir, secrets, session.services(), console)) {
            if (opened == null) {
                return Cli.INVALID;
            }
            CaResult<IssuedDeviceCertificate> renewed = opened.ca().renew(number, profile, revokeOld);
            if (renewed instanceof CaResult.Failed) {
                CaAccess.report(console, ((CaResult.Failed<IssuedDeviceCertificate>) renewed).problem());
                return Cli.INVALID;
            }
            IssuedDeviceCertificate d = ((CaResult.Ok<IssuedDeviceCertificate>) renewed).value();
            if (out != null) {
                Files.writeString(out, Pem.certificate(d.certificate()), StandardCharsets.US_ASCII);
            }
            console.out().println("Renewed " + serial + " as " + d.serialHex() + " ("
                    + ParseOutput.printable(d.udi().humanReadable()) + ")"
                    + (revokeOld ? "; the old certificate is revoked (superseded)" : "")
                    + (out != null ? "; wrote " + out : "; file " + dir.resolve("certs").resolve(d.serialHex()
                    + ".pem")));
            return Cli.OK;
        }
    }
}
