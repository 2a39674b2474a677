package org.uditrust.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.uditrust.audit.AuditVerification;
import org.uditrust.audit.AuditVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code uditrust audit verify}: recompute the whole hash chain. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Recompute the audit trail's hash chain and name the first entry that was altered, removed",
                "or inserted. Note the head hash it prints: a later run with a different earlier head shows",
                "that entries were cut off the end.",
                "Exit status: 0 intact, 1 broken, 2 usage error."})
final class AuditVerifyCommand implements Callable<Integer> {

    private final CliSession session;
    private final Cli.Console console;

    @Option(names = "--json", description = "One JSON object: intact, entries, headHash, or sequence, kind, message.")
    boolean json;

    AuditVerifyCommand(CliSession session, Cli.Console console) {
        this.session = session;
        this.console = console;
    }

    @Override
    public Integer call() {
        AuditVerification verdict = session.registry().transactions()
                .read(repos -> AuditVerifier.verify(repos.auditTrail()));
        Map<String, Object> o = new LinkedHashMap<>();
        if (verdict instanceof AuditVerification.Intact intact) {
            o.put("intact", true);
            o.put("entries", intact.entries());
            o.put("headHash", intact.headHash());
            if (!json) {
                console.out().println("Audit trail intact: " + intact.entries() + " entr"
                        + (intact.entries() == 1 ? "y" : "ies") + " checked.");
                console.out().println("Head hash: " + intact.headHash());
            }
        } else {
            AuditVerification.Broken broken = (AuditVerification.Broken) verdict;
            o.put("intact", false);
            o.put("sequence", broken.sequence());
            o.put("kind", broken.kind().name().toLowerCase(Locale.ROOT));
            o.put("message", broken.message());
            if (!json) {
                console.out().println("AUDIT TRAIL BROKEN at entry " + broken.sequence() + " ("
                        + broken.kind().name().toLowerCase(Locale.ROOT) + ").");
                console.out().println(broken.message());
            }
        }
        if (json) {
            console.out().println(DeviceOutput.line(o));
        }
        return verdict instanceof AuditVerification.Intact ? Cli.OK : Cli.INVALID;
    }
}
