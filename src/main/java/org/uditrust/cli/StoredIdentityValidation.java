package org.uditrust.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uditrust.identity.ValidationFailure;
import org.uditrust.registry.Actor;
import org.uditrust.registry.ChainLink;
import org.uditrust.registry.Device;
import org.uditrust.registry.IdentityCheck;
import org.uditrust.registry.RevalidationSummary;
import org.uditrust.registry.ValidationState;

/** The stored mode of {@code identity validate}: a device's identities, or all of them, by the registry's trust. */
final class StoredIdentityValidation {

    private StoredIdentityValidation() {
    }

    static int device(CliSession session, String ref, boolean json, Cli.Console console) {
        Device device = DeviceRef.find(session.registry(), ref, console);
        if (device == null) {
            return Cli.INVALID;
        }
        List<IdentityCheck> checks = session.services().identityValidation().validateDevice(device.id(),
                Actor.operatingSystemUser());
        if (checks.isEmpty()) {
            console.err().println("Device " + device.id() + " has no certificate identity to validate.");
            return Cli.INVALID;
        }
        boolean allValid = true;
        for (IdentityCheck check : checks) {
            boolean valid = check.state() == ValidationState.VALID;
            allValid &= valid;
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("deviceId", device.id());
                o.put("fingerprint", check.identity().fingerprint());
                o.put("binding", IdentityOutput.enumText(check.identity().binding()));
                o.put("validation", IdentityOutput.enumText(check.state()));
                List<Map<String, Object>> chain = new ArrayList<>();
                for (ChainLink link : check.rootToLeaf()) {
                    Map<String, Object> l = new LinkedHashMap<>();
                    l.put("index", link.index());
                    l.put("subject", link.subject());
                    l.put("sha256", link.fingerprint());
                    l.put("anchor", link.anchor());
                    l.put("passes", link.passes());
                    l.put("findings", link.failures().stream().map(f -> Map.of("rule", f.rule().code(),
                            "message", f.message(), "warningOnly", f.warningOnly())).toList());
                    chain.add(l);
                }
                o.put("rootToLeaf", chain);
                console.out().println(DeviceOutput.line(o));
            } else {
                console.out().println(check.identity().subject() + " (" + check.identity().fingerprint() + "): "
                        + IdentityOutput.enumText(check.state()).toUpperCase(java.util.Locale.ROOT) + ", "
                        + IdentityOutput.enumText(check.identity().binding()));
                String indent = "  ";
                for (ChainLink link : check.rootToLeaf()) {
                    console.out().println(indent + (link.passes() ? "ok   " : "FAIL ") + link.subject()
                            + (link.anchor() ? "  [trust anchor]" : ""));
                    for (ValidationFailure f : link.failures()) {
                        console.out().println(indent + "     " + (f.warningOnly() ? "warning " : "") + "["
                                + f.rule().code() + "] " + f.message());
                    }
                    indent += "  ";
                }
            }
        }
        return allValid ? Cli.OK : Cli.INVALID;
    }

    static int all(CliSession session, boolean json, Cli.Console console) {
        RevalidationSummary s = session.services().identityValidation().revalidateAll(Actor.operatingSystemUser(),
                done -> console.err().println("validated " + done), () -> Thread.currentThread().isInterrupted());
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("checked", s.checked());
            o.put("valid", s.valid());
            o.put("invalid", s.invalid());
            o.put("revoked", s.revoked());
            o.put("changed", s.changed());
            o.put("cancelled", s.cancelled());
            console.out().println(DeviceOutput.line(o));
        } else {
            console.out().println(s.checked() + " identities validated: " + s.valid() + " valid, " + s.invalid()
                    + " invalid, " + s.revoked() + " revoked; " + s.changed() + " changed state.");
        }
        return s.invalid() + s.revoked() == 0 ? Cli.OK : Cli.INVALID;
    }
}
