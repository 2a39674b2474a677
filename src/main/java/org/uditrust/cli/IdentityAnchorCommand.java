package org.uditrust.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.uditrust.registry.Actor;
import org.uditrust.registry.AnchorPin;
import org.uditrust.registry.ManufacturerTrustService;
import org.uditrust.registry.TrustAnchor;
import org.uditrust.registry.TrustImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code uditrust identity anchor import|list|pin|unpin}. */
@Command(name = "anchor", mixinStandardHelpOptions = true,
        description = {"A manufacturer's trust anchors (root and CA certificates) and the models they vouch for.",
                "An anchor validates a device only when it is pinned to the device's UDI-DI."},
        subcommands = {IdentityAnchorCommand.Import.class, IdentityAnchorCommand.ListAnchors.class,
                IdentityAnchorCommand.Pin.class, IdentityAnchorCommand.Unpin.class})
final class IdentityAnchorCommand {

    /** The anchor a user names by fingerprint, or null after saying why there is none. */
    static TrustAnchor find(ManufacturerTrustService trust, String fingerprint, Cli.Console console) {
        Optional<TrustAnchor> anchor = trust.anchor(fingerprint);
        if (anchor.isEmpty()) {
            console.err().println("No trust anchor has the fingerprint " + fingerprint
                    + " (give at least 8 hex digits that only one anchor starts with; see: uditrust identity anchor"
                    + " list).");
        }
        return anchor.orElse(null);
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import the CA certificates of a file (PEM, DER, PKCS#7, PKCS#12 without keys) as a",
                    "manufacturer's anchors. A file with a device (end-entity) certificate is refused whole.",
                    "Exit status: 0 imported, 1 rejected, 2 usage error (missing or unreadable file)."})
    static final class Import implements Callable<Integer> {
        private final CliSession session;
        private final Cli.Console console;

        @Parameters(index = "0", paramLabel = "FILE", description = "Certificate file.")
        Path file;

        @Option(names = "--manufacturer", required = true, paramLabel = "NAME",
                description = "The manufacturer (as its binding rule names it, e.g. the GUDID company name).")
        String manufacturer;

        @Option(names = "--pin", paramLabel = "DI", description = "Also pin the file's roots (self-issued"
                + " certificates; every certificate when it has none) to this UDI-DI (repeatable).")
        List<String> pins = List.of();

        @Option(names = "--json", description = "One JSON object: stored fingerprints, skipped sentences.")
        boolean json;

        Import(CliSession session, Cli.Console console) {
            this.session = session;
            this.console = console;
        }

        @Override
        public Integer call() {
            byte[] content = IdentityFiles.read(file, console);
            if (content == null) {
                return Cli.USAGE;
            }
            ManufacturerTrustService trust = session.services().manufacturerTrust();
            Actor actor = Actor.operatingSystemUser();
            TrustImport result = trust.importAnchors(manufacturer, content, file.toString(), actor);
            if (result instanceof TrustImport.Rejected) {
                console.err().println("Not imported: "
                        + IdentityOutput.problem(((TrustImport.Rejected) result).problem()));
                return Cli.INVALID;
            }
            TrustImport.Imported imported = (TrustImport.Imported) result;
            List<TrustAnchor> stored = imported.stored().stream().map(f -> trust.anchor(f).orElseThrow()).toList();
            boolean anyRoot = stored.stream().anyMatch(a -> a.subject().equals(a.issuer()));
            for (TrustAnchor anchor : stored) {
                String fingerprint = anchor.fingerprint();
                boolean pinThis = !anyRoot || anchor.subject().equals(anchor.issuer());
                for (String di : pinThis ? pins : List.<String>of()) {
                    trust.pin(anchor, di, actor);
                }
                if (!json) {
                    console.out().println("Anchor of " + anchor.manufacturer() + ": " + anchor.subject() + " (SHA-256 "
                            + fingerprint + ")" + (pins.isEmpty() || !pinThis ? ""
                            : ", pinned to " + String.join(", ", pins)));
                }
            }
            if (json) {
                console.out().println(DeviceOutput.line(Map.of("stored", imported.stored(), "skipped",
                        imported.skipped())));
            } else {
                imported.skipped().forEach(s -> console.out().println(s));
                if (pins.isEmpty() && !imported.stored().isEmpty()) {
                    console.out().println("Pin each anchor to the models it vouches for: uditrust identity anchor"
                            + " pin FINGERPRINT DI");
                }
            }
            return Cli.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List trust anchors with the models they are pinned to.", "Exit status: 0, 2 usage error."})
    static final class ListAnchors implements Callable<Integer> {
        private final CliSession session;
        private final Cli.Console console;

        @Option(names = "--manufacturer", paramLabel = "NAME", description = "Only this manufacturer's.")
        String manufacturer;

        @Option(names = "--json", description = "One JSON object per anchor (JSON Lines).")
        boolean json;

        ListAnchors(CliSession session, Cli.Console console) {
            this.session = session;
            this.console = console;
        }

        @Override
        public Integer call() {
            ManufacturerTrustService trust = session.services().manufacturerTrust();
            for (TrustAnchor a : trust.anchors(manufacturer)) {
                List<AnchorPin> pins = trust.pins(a.id());
                if (json) {
                    console.out().println(DeviceOutput.line(IdentityOutput.json(a, pins)));
                } else {
                    console.out().println(a.manufacturer() + "  " + a.subject() + "  until " + a.notAfter()
                            + "  " + a.fingerprint());
                    console.out().println("    pinned to: " + (pins.isEmpty() ? "(no model: validates nothing)"
                            : String.join(", ", pins.stream().map(AnchorPin::di).toList())));
                }
            }
            return Cli.OK;
        }
    }

    /** What pin and unpin share: the anchor named by fingerprint, the model by DI, the change itself differs. */
    abstract static class PinChange implements Callable<Integer> {
        final CliSession session;
        final Cli.Console console;

        @Parameters(index = "0", paramLabel = "FINGERPRINT", description = "The anchor's SHA-256 (or 8+ digits).")
        String fingerprint;

        @Parameters(index = "1", paramLabel = "DI", description = "The model's UDI-DI.")
        String di;

        PinChange(CliSession session, Cli.Console console) {
            this.session = session;
            this.console = console;
        }

        @Override
        public final Integer call() {
            ManufacturerTrustService trust = session.services().manufacturerTrust();
            TrustAnchor anchor = find(trust, fingerprint, console);
            return anchor == null ? Cli.INVALID : change(trust, anchor);
        }

        abstract int change(ManufacturerTrustService trust, TrustAnchor anchor);
    }

    @Command(name = "pin", mixinStandardHelpOptions = true,
            description = {"Let an anchor vouch for devices of a model (UDI-DI; a GTIN is stored as GTIN-14).",
                    "Exit status: 0 pinned (or already), 1 no such anchor, 2 usage error."})
    static final class Pin extends PinChange {
        Pin(CliSession session, Cli.Console console) {
            super(session, console);
        }

        @Override
        int change(ManufacturerTrustService trust, TrustAnchor anchor) {
            boolean added = trust.pin(anchor, di, Actor.operatingSystemUser());
            console.out().println((added ? "Pinned " : "Already pinned: ") + anchor.subject() + " -> " + di);
            return Cli.OK;
        }
    }

    @Command(name = "unpin", mixinStandardHelpOptions = true,
            description = {"Withdraw an anchor from a model.",
                    "Exit status: 0 unpinned, 1 no such anchor or pin, 2 usage error."})
    static final class Unpin extends PinChange {
        Unpin(CliSession session, Cli.Console console) {
            super(session, console);
        }

        @Override
        int change(ManufacturerTrustService trust, TrustAnchor anchor) {
            if (!trust.unpin(anchor, di, Actor.operatingSystemUser())) {
                console.err().println(anchor.subject() + " was not pinned to " + di + ".");
                return Cli.INVALID;
            }
            console.out().println("Unpinned " + anchor.subject() + " from " + di);
            return Cli.OK;
        }
    }
}
