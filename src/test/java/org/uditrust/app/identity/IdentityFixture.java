package org.uditrust.app.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.uditrust.Services;
import org.uditrust.identity.BindingRule;
import org.uditrust.identity.ModelSource;
import org.uditrust.identity.OpensslPki;
import org.uditrust.identity.SerialSource;
import org.uditrust.registry.Actor;
import org.uditrust.registry.Device;
import org.uditrust.registry.IdentityKind;
import org.uditrust.registry.RegistrationOutcome;
import org.uditrust.registry.RegistryServices;
import org.uditrust.registry.TrustAnchor;
import org.uditrust.udi.ParseOptions;

/**
 * A real SQLite inventory with identities made by openssl, for the Identity view's tests and screenshot: Acme's
 * root pinned to the pump model, Acme's rule, and four pumps: SN123 with a valid bound chain, SN124 offered a
 * certificate naming SN999 (conflicting), SN125 whose certificate is revoked by a CRL, SN126 whose certificate
 * reuses SN123's key (a clone).
 */
public final class IdentityFixture {

    public static final String DI = "09506000134352";
    public static final Actor ACTOR = new Actor("biomed", "ws-test");

    /** A day after the certificates are made: they are valid then. */
    public static final Clock CLOCK = Clock.fixed(Instant.now().plus(Duration.ofDays(1)).truncatedTo(
            java.time.temporal.ChronoUnit.SECONDS), ZoneOffset.UTC);

    private IdentityFixture() {
    }

    public static Services services(Path database) {
        return Services.create(CLOCK, ParseOptions.defaults(CLOCK), database);
    }

    /** Fills the database of {@code services}; certificates are made in {@code dir}. */
    public static void populate(Services services, Path dir) throws IOException {
        OpensslPki pki = OpensslPki.create(dir);
        RegistryServices r = services.registry();
        byte[] bundle = (Files.readString(pki.root()) + Files.readString(pki.intermediate())).getBytes();
        r.trust().importAnchors("Acme Medical", bundle, "acme-cas.pem", ACTOR);
        TrustAnchor root = r.trust().anchors("Acme Medical").stream()
                .filter(a -> a.subject().equals("CN=Acme Root CA")).findFirst().orElseThrow();
        r.trust().pin(root, DI, ACTOR);
        r.trust().setRule(new BindingRule("Acme Medical", SerialSource.SUBJECT_SERIAL_NUMBER, ModelSource.SAN_URI,
                Map.of()), ACTOR);

        Device good = register(r, "SN123");
        Device conflicting = register(r, "SN124");
        Device revoked = register(r, "SN125");
        Device clone = register(r, "SN126");
        register(r, "SN127");
        importFor(r, leaf(pki, "pump-SN123", "SN123", 0x1001, null), good);
        Path other = leaf(pki, "pump-SN999", "SN999", 0x1002, null);
        r.identities().importIdentity(Files.readAllBytes(other), other.toString(), IdentityKind.IDEVID, null, ACTOR);
        r.identities().bind(conflicting.id(), fingerprintOf(r, "SN999"), ACTOR);
        Path revokedLeaf = leaf(pki, "pump-SN125", "SN125", 0x1003, null);
        importFor(r, revokedLeaf, revoked);
        importFor(r, leaf(pki, "pump-SN126", "SN126", 0x1004, pki.key("pump-SN123")), clone);
        pki.revoke(revokedLeaf);
        Path crl = pki.crl("acme-issuing.crl");
        r.trust().importCrls(Files.readAllBytes(crl), crl.toString(), ACTOR);
        r.identityValidation().revalidateAll(ACTOR, n -> { }, () -> false);
    }

    private static String fingerprintOf(RegistryServices r, String serial) {
        return r.transactions().<List<org.uditrust.registry.DeviceIdentity>>read(repos -> repos.identities()
                .page(0, 100)).stream().filter(i -> i.subject().contains(serial)).findFirst().orElseThrow()
                .fingerprint();
    }

    /** Registers pump {@code serial} of model {@link #DI}. */
    public static Device register(RegistryServices r, String serial) {
        return ((RegistrationOutcome.Registered) r.registration().register("(01)" + DI + "(21)" + serial, null,
                null, null, ACTOR)).device();
    }

    /** An openssl-made pump certificate naming {@link #DI} and {@code serial} (subject serialNumber, SAN URI). */
    public static Path leaf(OpensslPki pki, String name, String serial, long certSerial, Path key)
            throws IOException {
        return pki.leaf(name, "/CN=Infusion pump/serialNumber=" + serial, certSerial,
                List.of("URI.1=https://id.gs1.org/01/" + DI + "/21/" + serial), key);
    }

    private static void importFor(RegistryServices r, Path pem, Device device) throws IOException {
        r.identities().importIdentity(Files.readAllBytes(pem), pem.toString(), IdentityKind.IDEVID, device.id(),
                ACTOR);
    }
}
