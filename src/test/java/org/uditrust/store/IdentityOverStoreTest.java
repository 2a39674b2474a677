package org.uditrust.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uditrust.audit.AuditEntry;
import org.uditrust.audit.AuditQuery;
import org.uditrust.audit.AuditVerification;
import org.uditrust.audit.AuditVerifier;
import org.uditrust.identity.BindingOutcome;
import org.uditrust.identity.BindingRule;
import org.uditrust.identity.CloneFinding;
import org.uditrust.identity.DerCodec;
import org.uditrust.identity.ModelSource;
import org.uditrust.identity.OpensslPki;
import org.uditrust.identity.SerialSource;
import org.uditrust.registry.Actor;
import org.uditrust.registry.BindResult;
import org.uditrust.registry.BindingState;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceIdentity;
import org.uditrust.registry.IdentityImport;
import org.uditrust.registry.IdentityKind;
import org.uditrust.registry.IdentityService;
import org.uditrust.registry.ManufacturerTrustService;
import org.uditrust.registry.RegistrationOutcome;
import org.uditrust.registry.RegistrationService;
import org.uditrust.registry.StoredCrl;
import org.uditrust.registry.TrustAnchor;
import org.uditrust.registry.TrustImport;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.Udi;
import org.uditrust.udi.UdiParser;

/**
 * The identity services over a real SQLite file and certificates made by openssl: anchors, pins, rules, CRLs,
 * identity import and binding, provisioning records; every change audited, nothing stored from a rejected file.
 */
class IdentityOverStoreTest {

    static final String DI = "09506000134352";
    static final String RULE_MANUFACTURER = "Acme Medical";

    @TempDir
    Path dir;

    TestClock clock = new TestClock(Instant.now().plus(Duration.ofDays(1)));
    Database db;
    ManufacturerTrustService trust;
    IdentityService identities;
    RegistrationService registration;
    OpensslPki pki;
    Actor alice = new Actor("alice", "ws-7");

    @BeforeEach
    void open() throws IOException {
        Path pkiDir = Files.createDirectories(dir.resolve("pki"));
        pki = OpensslPki.create(pkiDir);
        db = Database.open(dir.resolve("registry.db"), clock);
        ParseOptions options = ParseOptions.defaults(clock);
        trust = new ManufacturerTrustService(db.transactions(), clock);
        identities = new IdentityService(db.transactions(), clock, options);
        registration = new RegistrationService(new UdiParser(options), db.transactions(), clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<AuditEntry> audit() {
        return db.transactions().read(r -> r.auditTrail().find(AuditQuery.all(), 0, 1000));
    }

    private Device register(String serial) {
        return ((RegistrationOutcome.Registered) registration.register("(01)" + DI + "(21)" + serial, null, null,
                null, alice)).device();
    }

    private Path deviceCertificate(String name, String serial, long certSerial, Path key) throws IOException {
        return pki.leaf(name, "/CN=Infusion pump/serialNumber=" + serial, certSerial,
                List.of("URI.1=https://id.gs1.org/01/" + DI + "/21/" + serial), key);
    }

    /** The trust a hospital sets up: Acme's root and issuing CA, the root pinned to the model, Acme's rule. */
    private TrustAnchor setUpAcme() throws IOException {
        byte[] bundle = (Files.readString(pki.root()) + Files.readString(pki.intermediate())).getBytes();
        TrustImport imported = trust.importAnchors(RULE_MANUFACTURER, bundle, "acme-cas.pem", alice);
        assertThat(imported).isInstanceOf(TrustImport.Imported.class);
        assertThat(((TrustImport.Imported) imported).stored()).hasSize(2);
        TrustAnchor root = trust.anchors(RULE_MANUFACTURER).stream()
                .filter(a -> a.subject().equals("CN=Acme Root CA")).findFirst().orElseThrow();
        assertThat(trust.pin(root, "9506000134352", alice)).isTrue();
        trust.setRule(new BindingRule(RULE_MANUFACTURER, SerialSource.SUBJECT_SERIAL_NUMBER, ModelSource.SAN_URI,
                Map.of()), alice);
        return root;
    }

    @Test
    void anchorsArePinnedAsGtin14AndEveryChangeIsAudited() throws IOException {
        TrustAnchor root = setUpAcme();
        assertThat(trust.pins(root.id())).singleElement().satisfies(p -> assertThat(p.di()).isEqualTo(DI));
        assertThat(trust.pin(root, DI, alice)).isFalse();
        assertThat(trust.anchor(root.fingerprint().substring(0, 10).toUpperCase())).map(TrustAnchor::fingerprint)
                .contains(root.fingerprint());
        assertThat(audit()).extracting(e -> e.change().action())
                .containsExactlyInAnyOrder("anchor.import", "anchor.import", "anchor.pin", "rule.set");
        assertThat(trust.unpin(root, DI, alice)).isTrue();
        assertThat(trust.pins(root.id())).isEmpty();
        assertThat(audit().get(0).change().action()).isEqualTo("anchor.unpin");
    }

    @Test
    void aDeviceCertificateIsNoAnchorAndNothingOfTheFileIsStored() throws IOException {
        Path leaf = deviceCertificate("pump1", "SN123", 0x1001, null);
        byte[] mixed = (Files.readString(pki.root()) + Files.readString(leaf)).getBytes();
        TrustImport result = trust.importAnchors(RULE_MANUFACTURER, mixed, "mixed.pem", alice);
        assertThat(result).isInstanceOfSatisfying(TrustImport.Rejected.class,
                r -> assertThat(r.problem().code()).isEqualTo("anchor.not-ca"));
        TrustImport junk = trust.importAnchors(RULE_MANUFACTURER, "not a certificate".getBytes(), "junk.pem", alice);
        assertThat(junk).isInstanceOf(TrustImport.Rejected.class);
        assertThat(trust.anchors(null)).isEmpty();
        assertThat(audit()).isEmpty();
    }

    @Test
    void aCertificateNamingTheLabelIsBoundWithItsChainKeptAsIntermediates() throws IOException {
        setUpAcme();
        Device pump = register("SN123");
        Path leaf = deviceCertificate("pump1", "SN123", 0x1001, null);
        byte[] chain = (Files.readString(leaf) + Files.readString(pki.intermediate())).getBytes();

        IdentityImport result = identities.importIdentity(chain, "pump1-chain.pem", IdentityKind.IDEVID, pump.id(),
                alice);

        assertThat(result).isInstanceOf(IdentityImport.Imported.class);
        IdentityImport.Imported imported = (IdentityImport.Imported) result;
        assertThat(imported.binding()).isInstanceOfSatisfying(BindResult.Checked.class,
                c -> assertThat(c.outcome()).isEqualTo(new BindingOutcome.Bound(DI, "SN123")));
        DeviceIdentity stored = identities.find(imported.identity().fingerprint()).orElseThrow();
        assertThat(stored.binding()).isEqualTo(BindingState.BOUND);
        assertThat(stored.deviceId()).isEqualTo(pump.id());
        assertThat(stored.subject()).contains("SN123");
        assertThat(stored.claimedDi()).isEqualTo(DI);
        // The issuing CA is already an anchor of Acme, so it is not stored again as an intermediate.
        assertThat(imported.intermediates()).isEmpty();
        assertThat(audit()).extracting(e -> e.change().action()).startsWith("identity.bind", "identity.import");
        assertThat(identities.inspect(stored).orElseThrow().subjectSerialNumber()).contains("SN123");
    }

    @Test
    void aCertificateOfAnotherSerialIsRecordedAsConflictingAndNeverBound() throws IOException {
        setUpAcme();
        Device pump = register("SN123");
        Path other = deviceCertificate("pump2", "SN999", 0x1002, null);
        IdentityImport.Imported imported = (IdentityImport.Imported) identities.importIdentity(
                Files.readAllBytes(other), "pump2.pem", IdentityKind.IDEVID, null, alice);
        assertThat(imported.identity().binding()).isEqualTo(BindingState.UNBOUND);

        BindResult bind = identities.bind(pump.id(), imported.identity().fingerprint().substring(0, 12), alice);

        assertThat(bind).isInstanceOfSatisfying(BindResult.Checked.class, c -> {
            assertThat(c.bound()).isFalse();
            assertThat(c.outcome()).isEqualTo(new BindingOutcome.Conflicting("serial", "SN999", "SN123"));
            assertThat(c.identity().binding()).isEqualTo(BindingState.CONFLICTING);
            assertThat(c.identity().bindingDetail()).contains("SN999", "SN123");
        });
        assertThat(db.transactions().<List<Long>>read(r -> r.identities().devicesWithoutIdentity(10))).containsExactly(pump.id());
    }

    @Test
    void withoutARuleForTheModelNothingIsBound() throws IOException {
        Device pump = register("SN123");
        Path leaf = deviceCertificate("pump1", "SN123", 0x1001, null);
        IdentityImport.Imported imported = (IdentityImport.Imported) identities.importIdentity(
                Files.readAllBytes(leaf), "pump1.pem", IdentityKind.IDEVID, pump.id(), alice);
        assertThat(imported.binding()).isInstanceOfSatisfying(BindResult.Impossible.class,
                i -> assertThat(i.problem().code()).isEqualTo("identity.no-rule"));
        assertThat(imported.identity().binding()).isEqualTo(BindingState.UNBOUND);
    }

    @Test
    void aRejectedIdentityFileStoresNothing() throws IOException {
        setUpAcme();
        int before = audit().size();
        Path a = deviceCertificate("pump1", "SN1", 0x2001, null);
        Path b = deviceCertificate("pump2", "SN2", 0x2002, null);
        byte[] twoLeaves = (Files.readString(a) + Files.readString(b) + Files.readString(pki.intermediate()))
                .getBytes();
        assertThat(identities.importIdentity(twoLeaves, "two.pem", IdentityKind.IDEVID, null, alice))
                .isInstanceOfSatisfying(IdentityImport.Rejected.class,
                        r -> assertThat(r.problem().code()).isEqualTo("identity.several-leaves"));
        byte[] truncated = java.util.Arrays.copyOf(Files.readAllBytes(a), 200);
        assertThat(identities.importIdentity(truncated, "cut.pem", IdentityKind.IDEVID, null, alice))
                .isInstanceOf(IdentityImport.Rejected.class);
        assertThat(db.transactions().<Long>read(r -> r.identities().count())).isZero();
        assertThat(db.transactions().<List<byte[]>>read(r -> r.trust().intermediates())).isEmpty();
        assertThat(audit()).hasSize(before);
    }

    @Test
    void onlyTheNewestCrlOfAnIssuerIsKept() throws IOException {
        Path first = pki.crl("first.crl");
        Path leaf = deviceCertificate("pump1", "SN1", 0x3001, null);
        pki.revoke(leaf);
        clock.advance(Duration.ofMinutes(1));
        Path second = pki.crl("second.crl");

        assertThat(trust.importCrls(Files.readAllBytes(second), "second.crl", alice))
                .isInstanceOf(TrustImport.Imported.class);
        TrustImport older = trust.importCrls(Files.readAllBytes(first), "first.crl", alice);
        assertThat(older).isInstanceOfSatisfying(TrustImport.Imported.class, i -> {
            assertThat(i.stored()).isEmpty();
            assertThat(i.skipped()).singleElement().asString().contains("Not newer");
        });
        List<StoredCrl> crls = trust.crls();
        assertThat(crls).singleElement().satisfies(c -> {
            assertThat(c.issuer()).isEqualTo("CN=Acme Issuing CA");
            assertThat(c.crlNumberHex()).isEqualTo("2");
            assertThat(c.fingerprint()).isEqualTo(DerCodec.sha256(DerCodec.crl(
                    pemBody(second)).getEncoded()));
        });
        assertThat(trust.importCrls("junk".getBytes(), "junk.crl", alice)).isInstanceOf(TrustImport.Rejected.class);
        assertThat(audit()).extracting(e -> e.change().action()).containsExactly("crl.import");
    }

    @Test
    void anOcspResponseMadeByOpensslIsStoredOnceAndJunkIsRefused() throws IOException {
        Path leaf = deviceCertificate("pump1", "SN1", 0x3101, null);
        pki.revoke(leaf);
        byte[] response = Files.readAllBytes(pki.ocspResponse(leaf, "pump1.ocsp"));
        assertThat(trust.importOcspResponse(response, "pump1.ocsp", alice)).isInstanceOfSatisfying(
                TrustImport.Imported.class, i -> assertThat(i.stored()).hasSize(1));
        assertThat(trust.importOcspResponse(response, "again.ocsp", alice)).isInstanceOfSatisfying(
                TrustImport.Imported.class, i -> assertThat(i.stored()).isEmpty());
        assertThat(trust.importOcspResponse(Files.readAllBytes(leaf), "leaf.pem", alice))
                .isInstanceOfSatisfying(TrustImport.Rejected.class,
                        r -> assertThat(r.problem().code()).isEqualTo("ocsp.not-der"));
        assertThat(db.transactions().<List<org.uditrust.registry.StoredOcspResponse>>read(
                r -> r.trust().ocspResponses())).hasSize(1);
        assertThat(audit()).extracting(e -> e.change().action()).containsExactly("ocsp.import");
    }

    @Test
    void oneKeyOnTwoDevicesAndAReusedSerialAreClones() throws IOException {
        setUpAcme();
        Device a = register("SN1");
        Device b = register("SN2");
        Path original = deviceCertificate("orig", "SN1", 0x4001, null);
        Path copy = deviceCertificate("copy", "SN2", 0x4001, pki.key("orig"));
        identities.importIdentity(Files.readAllBytes(original), "orig.pem", IdentityKind.IDEVID, a.id(), alice);
        identities.importIdentity(Files.readAllBytes(copy), "copy.pem", IdentityKind.IDEVID, b.id(), alice);

        List<CloneFinding> clones = new org.uditrust.registry.IdentityValidationService(db.transactions(), clock,
                new org.uditrust.identity.PathValidator()).clones();

        assertThat(clones).extracting(CloneFinding::code).containsExactly("clone.shared-key", "clone.reused-serial");
        assertThat(((CloneFinding.SharedKey) clones.get(0)).deviceIds()).containsExactly(a.id(), b.id());
    }

    @Test
    void theProvisioningCaRegistersTheDeviceAndBindsItsCertificate() throws IOException {
        Path leaf = deviceCertificate("prov", "SN77", 0x5001, null);
        Udi udi = ((ParseResult.Valid) new UdiParser(ParseOptions.defaults(clock)).parse("(01)" + DI + "(21)SN77"))
                .udi();
        IdentityService.Provisioned p = identities.recordProvisioned(udi,
                DerCodec.certificate(pemBody(leaf)), "CN=Acme Issuing CA", "batch-1", alice);
        assertThat(p.newDevice()).isTrue();
        assertThat(p.identity().binding()).isEqualTo(BindingState.BOUND);
        assertThat(p.identity().deviceId()).isEqualTo(p.device().id());
        assertThat(db.transactions().<List<org.uditrust.registry.ProvisioningRecord>>read(
                r -> r.identities().provisioningOf(p.device().id())))
                .singleElement().satisfies(r -> assertThat(r.batch()).isEqualTo("batch-1"));
        assertThat(audit()).extracting(e -> e.change().action())
                .containsExactly("provisioning.record", "identity.provision", "device.provision");
        AuditVerification verification = db.transactions().read(r -> AuditVerifier.verify(r.auditTrail()));
        assertThat(verification).isInstanceOf(AuditVerification.Intact.class);
    }

    @Test
    void aSharedKeyIsWeakAndTwoDevicesWithItAreClones() {
        Device a = register("SN1");
        Device b = register("SN2");
        identities.recordSharedKey(a.id(), "site-psk-7", alice);
        identities.recordSharedKey(b.id(), "site-psk-7", alice);
        org.uditrust.registry.IdentityValidationService validation = new org.uditrust.registry
                .IdentityValidationService(db.transactions(), clock, new org.uditrust.identity.PathValidator());
        assertThat(validation.weak(10)).hasSize(2).allSatisfy(w -> assertThat(w.reason()).contains("symmetric"));
        assertThat(validation.clones()).extracting(CloneFinding::code).containsExactly("clone.shared-key");
    }

    private org.uditrust.registry.IdentityValidationService validation() {
        return new org.uditrust.registry.IdentityValidationService(db.transactions(), clock,
                new org.uditrust.identity.PathValidator());
    }

    private Device importBound(String serial, long certSerial) throws IOException {
        Device pump = register(serial);
        Path leaf = deviceCertificate("pump-" + serial, serial, certSerial, null);
        IdentityImport.Imported imported = (IdentityImport.Imported) identities.importIdentity(
                Files.readAllBytes(leaf), "pump.pem", IdentityKind.IDEVID, pump.id(), alice);
        assertThat(imported.identity().binding()).isEqualTo(BindingState.BOUND);
        return pump;
    }

    @Test
    void aDeviceValidatesRootToLeafOnlyThroughTheAnchorPinnedToItsModel() throws IOException {
        TrustAnchor root = setUpAcme();
        Device pump = importBound("SN123", 0x6001);

        List<org.uditrust.registry.IdentityCheck> checks = validation().validateDevice(pump.id(), alice);

        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.state()).isEqualTo(org.uditrust.registry.ValidationState.VALID);
            assertThat(c.rootToLeaf()).extracting(org.uditrust.registry.ChainLink::subject)
                    .containsExactly("CN=Acme Root CA", "CN=Acme Issuing CA", "serialNumber=SN123,CN=Infusion pump");
            assertThat(c.rootToLeaf().get(0).anchor()).isTrue();
            assertThat(c.rootToLeaf()).allMatch(org.uditrust.registry.ChainLink::passes);
        });
        assertThat(audit().get(0).change().action()).isEqualTo("identity.validate");

        // Unpinned, the same root no longer vouches for the model: the rule that failed says so.
        trust.unpin(root, DI, alice);
        assertThat(validation().validateDevice(pump.id(), alice)).singleElement().satisfies(c -> {
            assertThat(c.state()).isEqualTo(org.uditrust.registry.ValidationState.INVALID);
            assertThat(c.identity().validationRule()).isEqualTo("path.no-trust-anchor");
            assertThat(c.identity().validationMessage()).contains("pinned", DI);
        });
    }

    @Test
    void anotherManufacturersRootPinnedToTheModelDoesNotValidateIt() throws IOException {
        TrustAnchor acmeRoot = setUpAcme();
        trust.unpin(acmeRoot, DI, alice);
        trust.importAnchors("Other", Files.readAllBytes(pki.otherRoot()), "other.pem", alice);
        TrustAnchor other = trust.anchors("Other").get(0);
        trust.pin(other, DI, alice);
        trust.setRule(new BindingRule("Other", SerialSource.SUBJECT_SERIAL_NUMBER, ModelSource.SAN_URI, Map.of()),
                alice);
        Device pump = importBound("SN123", 0x6002);

        assertThat(validation().validateDevice(pump.id(), alice)).singleElement().satisfies(c -> {
            assertThat(c.state()).isEqualTo(org.uditrust.registry.ValidationState.INVALID);
            assertThat(c.identity().validationRule()).isEqualTo("path.no-trust-anchor");
            assertThat(c.rootToLeaf()).anyMatch(l -> !l.passes());
        });
    }

    @Test
    void aRevokedCertificateIsListedAndRevalidationStreamsWithProgressAndCancel() throws IOException {
        setUpAcme();
        Device a = importBound("SN1", 0x7001);
        importBound("SN2", 0x7002);
        pki.revoke(dir.resolve("pki").resolve("pump-SN1.pem"));
        trust.importCrls(Files.readAllBytes(pki.crl("now.crl")), "now.crl", alice);

        List<Long> progress = new java.util.ArrayList<>();
        org.uditrust.registry.RevalidationSummary summary = validation().revalidateAll(alice, progress::add,
                () -> false);

        assertThat(summary).isEqualTo(new org.uditrust.registry.RevalidationSummary(2, 1, 0, 1, 2, false));
        assertThat(progress).containsExactly(2L);
        assertThat(validation().revoked(10)).singleElement()
                .satisfies(i -> assertThat(i.deviceId()).isEqualTo(a.id()));
        assertThat(validation().revalidateAll(alice, progress::add, () -> true).cancelled()).isTrue();
        // Nothing changed since: a second run checks both and writes nothing.
        assertThat(validation().revalidateAll(alice, n -> { }, () -> false).changed()).isZero();
    }

    static byte[] pemBody(Path pem) throws IOException {
        String text = Files.readString(pem);
        String body = text.substring(text.indexOf("-----", text.indexOf("-----BEGIN") + 10) + 5,
                text.indexOf("-----END")).replaceAll("\\s", "");
        return java.util.Base64.getDecoder().decode(body);
    }
}
