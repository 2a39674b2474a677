package org.uditrust.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.uditrust.audit.AuditEntry;
import org.uditrust.audit.AuditQuery;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code uditrust audit list}: entries newest first, filtered in the database. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List audit entries, newest first.", "Exit status: 0 (also when nothing matches), 2 usage error."})
final class AuditListCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CliSession session;
    private final Cli.Console console;

    @Option(names = "--entity-type", paramLabel = "T", description = "device, model, …")
    String entityType;

    @Option(names = "--entity-id", paramLabel = "ID", description = "One entity, e.g. a device id.")
    String entityId;

    @Option(names = "--actor", paramLabel = "WHO", description = "Changes by this user@workstation.")
    String actor;

    @Option(names = "--search", paramLabel = "TEXT", description = "Free text in action, ids or values.")
    String text;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N entries (default 50).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N.")
    int offset;

    @Option(names = "--json", description = "One JSON object per entry, one per line: sequence, at, actor, action,"
            + " entityType, entityId, before, after (as JSON values), previousHash, hash.")
    boolean json;

    AuditListCommand(CliSession session, Cli.Console console) {
        this.session = session;
        this.console = console;
    }

    @Override
    public Integer call() {
        if (limit < 1 || offset < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--limit must be at least 1 and --offset at least 0");
        }
        AuditQuery query = new AuditQuery(entityType, entityId, actor, null, null, text);
        List<AuditEntry> page = session.registry().transactions()
                .read(repos -> repos.auditTrail().find(query, offset, limit));
        for (AuditEntry e : page) {
            if (json) {
                console.out().println(DeviceOutput.line(json(e)));
            } else {
                console.out().println(e.sequence() + "  " + e.at() + "  " + ParseOutput.printable(e.actor()) + "  "
                        + e.change().action() + "  " + e.change().entityType() + " " + e.change().entityId());
            }
        }
        if (!json && page.isEmpty()) {
            console.out().println("No audit entries match.");
        }
        return Cli.OK;
    }

    static Map<String, Object> json(AuditEntry e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("sequence", e.sequence());
        o.put("at", e.at().toString());
        o.put("actor", e.actor());
        o.put("action", e.change().action());
        o.put("entityType", e.change().entityType());
        o.put("entityId", e.change().entityId());
        o.put("before", value(e.change().before()));
        o.put("after", value(e.change().after()));
        o.put("previousHash", e.previousHash());
        o.put("hash", e.hash());
        return o;
    }

    /** The stored canonical JSON as a JSON value; kept as a string if a tampered row no longer parses. */
    private static Object value(String canonicalJson) {
        if (canonicalJson == null) {
            return null;
        }
        try {
            return JSON.readTree(canonicalJson);
        } catch (JsonProcessingException e) {
            return canonicalJson;
        }
    }
}
