package org.uditrust.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.uditrust.registry.DeviceIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code uditrust identity expiring --days N}. */
@Command(name = "expiring", mixinStandardHelpOptions = true,
        description = {"Device certificates whose validity ends within N days, soonest first.",
                "Exit status: 0, 2 usage error."})
final class IdentityExpiringCommand implements Callable<Integer> {

    private final CliSession session;
    private final Cli.Console console;

    @Option(names = "--days", required = true, paramLabel = "N", description = "Days from now (0 to 36500).")
    int days;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "At most N (default 1000).")
    int limit;

    @Option(names = "--json", description = "One JSON object per identity (JSON Lines).")
    boolean json;

    IdentityExpiringCommand(CliSession session, Cli.Console console) {
        this.session = session;
        this.console = console;
    }

    @Override
    public Integer call() {
        if (days < 0 || days > 36_500 || limit < 1) {
            console.err().println("--days is 0 to 36500 and --limit at least 1.");
            return Cli.USAGE;
        }
        List<DeviceIdentity> expiring = session.services().identityValidation().expiring(days, limit);
        for (DeviceIdentity i : expiring) {
            if (json) {
                console.out().println(DeviceOutput.line(IdentityOutput.json(i, null)));
            } else {
                console.out().println(i.notAfter() + "  device " + (i.deviceId() == null ? "-" : i.deviceId()) + "  "
                        + i.subject() + "  " + i.fingerprint());
            }
        }
        if (!json && expiring.isEmpty()) {
            console.out().println("No certificate expires within " + days + " days.");
        }
        return Cli.OK;
    }
}
