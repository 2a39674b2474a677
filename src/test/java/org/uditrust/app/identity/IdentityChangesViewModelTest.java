package org.uditrust.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uditrust.Services;
import org.uditrust.app.DesktopViews;
import org.uditrust.app.task.TaskRunner;
import org.uditrust.audit.AuditEntry;
import org.uditrust.audit.AuditQuery;
import org.uditrust.identity.ModelSource;
import org.uditrust.identity.OpensslPki;
import org.uditrust.identity.SerialSource;
import org.uditrust.registry.BindingState;
import org.uditrust.registry.IdentityKind;
import org.uditrust.registry.RegistryServices;

/**
 * The Identity view's commands that change trust and identities, without the toolkit, on a real SQLite file with an
 * openssl-made PKI: each command's success is stored and audited, each rejected file is shown with the service's
 * problem and leaves the database (and its audit trail) as it was.
 */
class IdentityChangesViewModelTest {

    private static final String ROOT = "CN=Acme Root CA";

    @TempDir
    Path dir;

    Services services;
    RegistryServices registry;
    OpensslPki pki;
    IdentityViewModel model;
    ManufacturerTrustViewModel trust;

    @BeforeEach
    void setUp() throws IOException {
        services = IdentityFixture.services(dir.resolve("inventory.db"));
        registry = services.registry();
        pki = OpensslPki.create(Files.createDirectories(dir.resolve("pki")));
        IdentityFixture.register(registry, "SN123");
        model = new IdentityViewModel(services::registry, TaskRunner.synchronous(), IdentityFixture.ACTOR,
                ResourceBundle.getBundle(DesktopViews.BUNDLE));
        trust = model.trust();
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private List<String> auditActions() {
        return registry.transactions().<List<AuditEntry>>read(r -> r.auditTrail().find(AuditQuery.all(), 0, 1000))
                .stream().map(e -> e.change().action()).toList();
    }

    private Path chain() throws IOException {
        Path file = dir.resolve("acme-chain.pem");
        Files.writeString(file, Files.readString(pki.root()) + Files.readString(pki.intermediate()));
        return file;
    }

    /** Imports Acme's root and issuing CA with the root pinned to the pump model, and sets Acme's rule. */
    private void trustAcme() throws IOException {
        trust.fileProperty().set(chain().toString());
        trust.manufacturerProperty().set("Acme Medical");
        trust.pinDiProperty().set(IdentityFixture.DI);
        trust.importAnchors(null);
        trust.saveRule();
    }

    @Test
    void importingAnchorsWithAPinStoresThemPinsTheRootAndAuditsBoth() throws IOException {
        trust.fileProperty().set(chain().toString());
        trust.manufacturerProperty().set("Acme Medical");
        trust.pinDiProperty().set(IdentityFixture.DI);
        trust.importAnchors(null);

        assertThat(trust.rejectedProperty().get()).isFalse();
        assertThat(trust.messageProperty().get()).isEqualTo(
                "2 anchor(s) of Acme Medical imported, 0 already stored. 1 pinned to " + IdentityFixture.DI + ".");
        assertThat(model.anchors()).extracting(AnchorRow::subject)
                .containsExactlyInAnyOrder(ROOT, "CN=Acme Issuing CA");
        assertThat(model.anchors()).filteredOn(a -> a.subject().equals(ROOT)).singleElement()
                .satisfies(a -> assertThat(a.pins()).containsExactly(IdentityFixture.DI));
        assertThat(model.anchors()).filteredOn(a -> !a.subject().equals(ROOT)).singleElement()
                .satisfies(a -> assertThat(a.pins()).isEmpty());
        assertThat(auditActions()).containsOnlyOnce("anchor.pin").filteredOn("anchor.import"::equals).hasSize(2);
        assertThat(trust.fileProperty().get()).as("a done file is not offered again").isEmpty();
    }

    @Test
    void aDeviceCertificateOfferedAsAnAnchorIsRejectedWithTheServicesReasonAndNothingStored() throws IOException {
        Path leaf = IdentityFixture.leaf(pki, "pump-SN123", "SN123", 0x1001, null);
        List<String> before = auditActions();
        trust.fileProperty().set(leaf.toString());
        trust.manufacturerProperty().set("Acme Medical");
        trust.pinDiProperty().set(IdentityFixture.DI);
        trust.importAnchors(null);

        assertThat(trust.rejectedProperty().get()).isTrue();
        assertThat(trust.messageProperty().get()).startsWith("Rejected, nothing stored: [anchor.not-ca]")
                .contains("Certificate 1 of " + leaf, "serialNumber=SN123", "is not a CA certificate");
        assertThat(model.anchors()).isEmpty();
        assertThat(registry.trust().anchors(null)).isEmpty();
        assertThat(auditActions()).isEqualTo(before);
        assertThat(trust.fileProperty().get()).as("kept, so the user can see which file it was")
                .isEqualTo(leaf.toString());
    }

    @Test
    void anchorsNeedAManufacturerAndAFile() throws IOException {
        trust.importAnchors(null);
        assertThat(trust.messageProperty().get()).isEqualTo("Choose a file first (Browse…, or type its path).");
        trust.fileProperty().set(chain().toString());
        trust.importAnchors(null);
        assertThat(trust.rejectedProperty().get()).isTrue();
        assertThat(trust.messageProperty().get()).contains("[anchor.no-manufacturer]", "Name the manufacturer");
        assertThat(registry.trust().anchors(null)).isEmpty();
    }

    @Test
    void aPasswordProtectedPkcs12OpensOnlyWithItsPassword() throws IOException {
        pki.run("pkcs12", "-export", "-nokeys", "-in", "root.pem", "-out", "root.p12", "-passout", "pass:s3cret");
        trust.fileProperty().set(dir.resolve("pki/root.p12").toString());
        trust.manufacturerProperty().set("Acme Medical");
        trust.importAnchors("wrong".toCharArray());
        assertThat(trust.messageProperty().get()).contains("[pkcs12.", "password");
        assertThat(registry.trust().anchors(null)).isEmpty();

        char[] password = "s3cret".toCharArray();
        trust.importAnchors(password);
        assertThat(trust.rejectedProperty().get()).isFalse();
        assertThat(model.anchors()).extracting(AnchorRow::subject).containsExactly(ROOT);
        assertThat(password).as("the password is wiped once used").containsOnly('\0');
    }

    @Test
    void pinAndUnpinTheSelectedAnchor() throws IOException {
        trust.fileProperty().set(pki.root().toString());
        trust.manufacturerProperty().set("Acme Medical");
        trust.importAnchors(null);
        trust.pinSelected();
        assertThat(trust.messageProperty().get()).isEqualTo("Select an anchor in the table first.");

        trust.selectedAnchorProperty().set(model.anchors().get(0));
        trust.pinDiProperty().set("9506000134352");
        trust.pinSelected();
        assertThat(trust.messageProperty().get()).isEqualTo("Pinned " + ROOT + " to 9506000134352.");
        assertThat(model.anchors().get(0).pins()).as("stored as GTIN-14").containsExactly(IdentityFixture.DI);
        assertThat(trust.selectedAnchorProperty().get()).as("still selected after the refresh")
                .isEqualTo(model.anchors().get(0));

        trust.pinDiProperty().set("");
        trust.unpinSelected();
        assertThat(trust.messageProperty().get()).isEqualTo("Withdrew " + ROOT + " from " + IdentityFixture.DI
                + ".");
        assertThat(model.anchors().get(0).pins()).isEmpty();
        trust.unpinSelected();
        assertThat(trust.rejectedProperty().get()).isTrue();
        assertThat(trust.messageProperty().get()).isEqualTo("This anchor is pinned to no model.");
        assertThat(auditActions()).containsOnlyOnce("anchor.pin", "anchor.unpin");
    }

    @Test
    void aCrlIsImportedAndAGarbageFileIsRejected() throws IOException {
        trust.fileProperty().set(pki.crl("acme.crl").toString());
        trust.importCrl();
        assertThat(trust.messageProperty().get()).isEqualTo("1 CRL(s) imported, 0 skipped.");
        assertThat(model.crls()).singleElement().asString().startsWith("CN=Acme Issuing CA");
        List<String> before = auditActions();

        Path garbage = Files.writeString(dir.resolve("notes.crl"), "not a CRL at all");
        trust.fileProperty().set(garbage.toString());
        trust.importCrl();
        assertThat(trust.rejectedProperty().get()).isTrue();
        assertThat(trust.messageProperty().get()).startsWith("Rejected, nothing stored: [").contains("notes.crl");
        assertThat(model.crls()).hasSize(1);
        assertThat(auditActions()).isEqualTo(before);
    }

    @Test
    void theRuleEditorSavesARuleAndRefusesABadMapping() {
        trust.manufacturerProperty().set("Acme Medical");
        trust.serialSourceProperty().set(SerialSource.HARDWARE_MODULE_SERIAL);
        trust.modelSourceProperty().set(ModelSource.HARDWARE_MODULE_TYPE);
        trust.saveRule();
        assertThat(trust.messageProperty().get()).isEqualTo(
                "A model from hardwareModuleName hwType needs at least one OID=DI mapping.");
        trust.hwTypesProperty().set("1.3.6.1.4.1.99999.1=" + IdentityFixture.DI + "\nnot-an-oid=123");
        trust.saveRule();
        assertThat(trust.messageProperty().get()).startsWith("hwType mapping 2 \"not-an-oid=123\" is not OID=DI");
        assertThat(registry.trust().rules()).isEmpty();

        trust.hwTypesProperty().set("1.3.6.1.4.1.99999.1=" + IdentityFixture.DI);
        trust.saveRule();
        assertThat(trust.rejectedProperty().get()).isFalse();
        assertThat(registry.trust().rule("Acme Medical")).hasValueSatisfying(rule -> {
            assertThat(rule.serialSource()).isEqualTo(SerialSource.HARDWARE_MODULE_SERIAL);
            assertThat(rule.hwTypeToDi()).containsEntry("1.3.6.1.4.1.99999.1", IdentityFixture.DI);
        });
        assertThat(model.rules()).singleElement().asString()
                .contains("Acme Medical", "hardwareModuleName serial", "hardwareModuleName hwType");
        assertThat(auditActions()).containsOnlyOnce("rule.set");
    }

    @Test
    void selectingAnAnchorShowsItsManufacturersRule() throws IOException {
        trustAcme();
        trust.serialSourceProperty().set(SerialSource.SAN_URI);
        trust.manufacturerProperty().set("");
        trust.selectedAnchorProperty().set(model.anchors().get(0));
        assertThat(trust.manufacturerProperty().get()).isEqualTo("Acme Medical");
        assertThat(trust.serialSourceProperty().get()).isEqualTo(SerialSource.SUBJECT_SERIAL_NUMBER);
    }

    @Test
    void aCertificateImportedForTheShownDeviceIsBoundAndItsChainValidated() throws IOException {
        trustAcme();
        Path leaf = IdentityFixture.leaf(pki, "pump-SN123", "SN123", 0x1001, null);
        model.deviceRefProperty().set("(01)" + IdentityFixture.DI + "(21)SN123");
        model.showDevice();
        assertThat(model.problems()).anySatisfy(p -> assertThat(p).startsWith("MISSING  device 1"));

        model.certificateFileProperty().set(leaf.toString());
        model.kindProperty().set(IdentityKind.LDEVID);
        model.importCertificate();

        assertThat(model.importStateProperty().get()).isEqualTo(IdentityViewModel.ImportState.BOUND);
        assertThat(model.importResultProperty().get()).isEqualTo(
                "Bound: the certificate names this device (DI " + IdentityFixture.DI + ", serial SN123).");
        assertThat(model.identities()).singleElement().satisfies(row -> {
            assertThat(row.binding()).isEqualTo(BindingState.BOUND);
            assertThat(row.summary()).startsWith("LDEVID: serialNumber=SN123");
        });
        assertThat(model.chain()).extracting(ChainRow::subject)
                .containsExactly(ROOT, "CN=Acme Issuing CA", "serialNumber=SN123,CN=Infusion pump");
        assertThat(model.chain()).allMatch(ChainRow::passes);
        assertThat(model.problems()).noneSatisfy(p -> assertThat(p).startsWith("MISSING  device 1"));
        assertThat(auditActions()).contains("identity.import", "identity.bind");
    }

    @Test
    void aCertificateNamingAnotherSerialIsImportedAsConflictingWithBothValues() throws IOException {
        trustAcme();
        Path other = IdentityFixture.leaf(pki, "pump-SN999", "SN999", 0x1002, null);
        model.deviceRefProperty().set("1");
        model.showDevice();
        model.certificateFileProperty().set(other.toString());
        model.importCertificate();

        assertThat(model.importStateProperty().get()).isEqualTo(IdentityViewModel.ImportState.CONFLICTING);
        assertThat(model.importResultProperty().get()).isEqualTo(
                "Conflicting, not bound: the certificate's serial is SN999, the label's is SN123.");
        assertThat(model.identities()).singleElement()
                .satisfies(row -> assertThat(row.binding()).isEqualTo(BindingState.CONFLICTING));
    }

    @Test
    void withoutARuleTheCertificateIsImportedButNotBound() throws IOException {
        trust.fileProperty().set(chain().toString());
        trust.manufacturerProperty().set("Acme Medical");
        trust.pinDiProperty().set(IdentityFixture.DI);
        trust.importAnchors(null);
        model.deviceRefProperty().set("1");
        model.showDevice();
        model.certificateFileProperty().set(IdentityFixture.leaf(pki, "p", "SN123", 0x1003, null).toString());
        model.importCertificate();
        assertThat(model.importStateProperty().get()).isEqualTo(IdentityViewModel.ImportState.NOT_BOUND);
        assertThat(model.importResultProperty().get()).startsWith("Imported, not bound: [identity.no-rule]");
    }

    @Test
    void aCaCertificateOfferedAsADeviceIdentityIsRejectedAndNothingStored() throws IOException {
        trustAcme();
        model.certificateFileProperty().set(pki.intermediate().toString());
        model.importCertificate();
        assertThat(model.importResultProperty().get()).isEqualTo(
                "Show a device first: the certificate is imported for the device shown.");

        model.deviceRefProperty().set("1");
        model.showDevice();
        List<String> before = auditActions();
        model.importCertificate();
        assertThat(model.importStateProperty().get()).isEqualTo(IdentityViewModel.ImportState.REJECTED);
        assertThat(model.importResultProperty().get()).startsWith("Rejected, nothing stored: [identity.no-leaf]")
                .contains(pki.intermediate().toString());
        assertThat(registry.identities().ofDevice(1)).isEmpty();
        assertThat(auditActions()).isEqualTo(before);
    }
}
