package org.uditrust.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.uditrust.identity.CloneFinding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code uditrust identity clones}. */
@Command(name = "clones", mixinStandardHelpOptions = true,
        description = {"Signs of copied identities: one public key on two devices, two keys claiming one UDI,",
                "one issuer and serial number on different certificates.",
                "Exit status: 0 none found, 1 clones found, 2 usage error."})
final class IdentityClonesCommand implements Callable<Integer> {

    private final CliSession session;
    private final Cli.Console console;

    @Option(names = "--json", description = "One JSON object per finding (JSON Lines).")
    boolean json;

    IdentityClonesCommand(CliSession session, Cli.Console console) {
        this.session = session;
        this.console = console;
    }

    @Override
    public Integer call() {
        List<CloneFinding> findings = session.services().identityValidation().clones();
        for (CloneFinding f : findings) {
            if (json) {
                console.out().println(DeviceOutput.line(IdentityOutput.json(f)));
            } else {
                console.out().println("[" + f.code() + "] " + f.message());
                f.fingerprints().forEach(fp -> console.out().println("    " + fp));
            }
        }
        if (!json && findings.isEmpty()) {
            console.out().println("No clones found.");
        }
        return findings.isEmpty() ? Cli.OK : Cli.INVALID;
    }
}
