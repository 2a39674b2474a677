package org.uditrust.registry.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.uditrust.identity.BindingRule;
import org.uditrust.identity.ModelSource;
import org.uditrust.identity.SerialSource;
import org.uditrust.registry.Actor;
import org.uditrust.registry.Device;
import org.uditrust.registry.IdentityImport;
import org.uditrust.registry.IdentityKind;
import org.uditrust.registry.RegistryServices;
import org.uditrust.registry.TrustAnchor;
import org.uditrust.registry.TrustImport;

/**
 * The demo's device identities, from {@code samples/identity} (made by openssl, see its make-samples.sh): the
 * manufacturer's root pinned to its three models, its binding rule and CRLs, and device certificates that show
 * each state a biomedical engineer meets: bound and valid, revoked, a clone (one key on two devices) and a
 * conflict (a certificate naming another serial than the label). Everything goes through the same services as a
 * user's imports, so it is all in the audit trail.
 */
final class DemoIdentities {

    static final String MANUFACTURER = "Meridian Medical Devices, Inc.";
    private static final List<String> MODELS = List.of("09506000134352", "09506000143217", "09506000135113");

    /** Certificate file → the label (DI, serial) of the device it is imported for. */
    private record Placement(String file, String di, String labelSerial) {
    }

    private static final List<Placement> PLACEMENTS = List.of(
            new Placement("device-09506000134352-XYZ.pem", "09506000134352", "XYZ"),
            new Placement("device-09506000143217-SN000418.pem", "09506000143217", "SN000418"),
            new Placement("device-09506000134352-SN000100.pem", "09506000134352", "SN000100"),
            new Placement("device-09506000143217-SN000172.pem", "09506000143217", "SN000172"),
            // The certificate says SN000196; imported for the device labelled SN000195 it conflicts.
            new Placement("device-09506000135113-SN000196.pem", "09506000135113", "SN000195"));

    private final RegistryServices registry;
    private final Actor actor;

    DemoIdentities(RegistryServices registry, Actor actor) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    /** Imports what {@code dir} holds for the {@code devices} just registered; returns how many identities. */
    int build(Path dir, List<Device> devices, Consumer<String> progress) {
        if (!Files.isRegularFile(dir.resolve("meridian-root.pem"))) {
            return 0;
        }
        progress.accept("Importing " + MANUFACTURER + "'s trust anchor, binding rule, CRLs and device certificates");
        TrustImport anchors = registry.trust().importAnchors(MANUFACTURER, read(dir.resolve("meridian-root.pem")),
                "meridian-root.pem", actor);
        if (anchors instanceof TrustImport.Rejected) {
            progress.accept("Sample anchor not imported: " + ((TrustImport.Rejected) anchors).problem().message());
            return 0;
        }
        for (TrustAnchor anchor : registry.trust().anchors(MANUFACTURER)) {
            for (String di : MODELS) {
                registry.trust().pin(anchor, di, actor);
            }
        }
        registry.trust().setRule(new BindingRule(MANUFACTURER, SerialSource.SUBJECT_SERIAL_NUMBER,
                ModelSource.SAN_URI, Map.of()), actor);
        for (String crl : List.of("meridian-root.crl", "meridian-issuing-ca.crl")) {
            registry.trust().importCrls(read(dir.resolve(crl)), crl, actor);
        }
        byte[] issuing = read(dir.resolve("meridian-issuing-ca.pem"));
        int imported = 0;
        for (Placement p : PLACEMENTS) {
            Optional<Device> device = devices.stream()
                    .filter(d -> p.di().equals(d.di()) && p.labelSerial().equals(d.serial())).findFirst();
            Path file = dir.resolve(p.file());
            if (device.isEmpty() || !Files.isRegularFile(file)) {
                continue;
            }
            // The device's chain file: its certificate and the issuing CA (kept as an untrusted intermediate).
            byte[] chain = concat(read(file), issuing);
            IdentityImport result = registry.identities().importIdentity(chain, p.file(), IdentityKind.IDEVID,
                    device.get().id(), actor);
            if (!(result instanceof IdentityImport.Rejected)) {
                imported++;
            }
        }
        registry.identityValidation().revalidateAll(actor, done -> { }, () -> false);
        return imported;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + 1 + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        both[a.length] = '\n';
        System.arraycopy(b, 0, both, a.length + 1, b.length);
        return both;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sample " + file, e);
        }
    }
}
