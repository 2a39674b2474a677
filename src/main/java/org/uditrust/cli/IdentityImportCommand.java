package org.uditrust.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.uditrust.registry.Actor;
import org.uditrust.registry.BindResult;
import org.uditrust.registry.Device;
import org.uditrust.registry.IdentityImport;
import org.uditrust.registry.IdentityKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code uditrust identity import FILE [--device REF] [--kind K]}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a device certificate (PEM, DER, PKCS#7, PKCS#12 without keys).",
                "The file holds one device certificate and optionally the CA certificates of its chain, which are",
                "kept as untrusted intermediates. With --device the certificate is bound to that device by its",
                "manufacturer's binding rule; a certificate that names another device is recorded as conflicting.",
                "Exit status: 0 imported (and bound), 1 rejected or not bound, 2 usage error (missing file)."})
final class IdentityImportCommand implements Callable<Integer> {

    private final CliSession session;
    private final Cli.Console console;

    @Parameters(index = "0", paramLabel = "FILE", description = "Certificate file.")
    Path file;

    @Option(names = "--device", paramLabel = "REF", description = "Bind to this device (registry id or UDI).")
    String device;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "idevid",
            description = "idevid (default), ldevid, ek, ak or other.")
    String kind;

    @Option(names = "--json", description = "One JSON object: the identity, with \"binding\" details.")
    boolean json;

    IdentityImportCommand(CliSession session, Cli.Console console) {
        this.session = session;
        this.console = console;
    }

    @Override
    public Integer call() {
        IdentityKind k = IdentityKind.parse(kind).filter(x -> x != IdentityKind.SYMMETRIC).orElse(null);
        if (k == null) {
            console.err().println("Unknown --kind " + kind + "; use idevid, ldevid, ek, ak or other.");
            return Cli.USAGE;
        }
        byte[] content = IdentityFiles.read(file, console);
        if (content == null) {
            return Cli.USAGE;
        }
        Long deviceId = null;
        if (device != null) {
            Device d = DeviceRef.find(session.registry(), device, console);
            if (d == null) {
                return Cli.INVALID;
            }
            deviceId = d.id();
        }
        IdentityImport result = session.services().identities().importIdentity(content, file.toString(), k,
                deviceId, Actor.operatingSystemUser());
        if (result instanceof IdentityImport.Rejected) {
            IdentityImport.Rejected rejected = (IdentityImport.Rejected) result;
            if (json) {
                console.out().println(DeviceOutput.line(Map.of("rejected", IdentityOutput.json(rejected.problem()))));
            }
            console.err().println("Not imported: " + IdentityOutput.problem(rejected.problem()));
            return Cli.INVALID;
        }
        IdentityImport.Imported imported = (IdentityImport.Imported) result;
        Map<String, Object> o = IdentityOutput.json(imported.identity(), null);
        o.put("intermediatesStored", imported.intermediates());
        int code = Cli.OK;
        String bindText = null;
        if (imported.binding() instanceof BindResult.Checked) {
            BindResult.Checked checked = (BindResult.Checked) imported.binding();
            o.put("bindOutcome", IdentityOutput.json(checked.outcome()));
            bindText = IdentityOutput.sentence(checked.outcome());
            code = checked.bound() ? Cli.OK : Cli.INVALID;
        } else if (imported.binding() instanceof BindResult.Impossible) {
            BindResult.Impossible impossible = (BindResult.Impossible) imported.binding();
            o.put("bindOutcome", Map.of("outcome", "impossible", "problem",
                    IdentityOutput.json(impossible.problem())));
            bindText = "Not bound: " + IdentityOutput.problem(impossible.problem());
            code = Cli.INVALID;
        }
        if (json) {
            console.out().println(DeviceOutput.line(o));
        } else {
            console.out().println("Imported " + IdentityOutput.enumText(k) + " " + imported.identity().subject()
                    + " (SHA-256 " + imported.identity().fingerprint() + ").");
            if (!imported.intermediates().isEmpty()) {
                console.out().println("Kept " + imported.intermediates().size()
                        + " CA certificate(s) of the file as untrusted intermediates.");
            }
            if (bindText != null) {
                (code == Cli.OK ? console.out() : console.err()).println(bindText);
            }
        }
        return code;
    }
}
