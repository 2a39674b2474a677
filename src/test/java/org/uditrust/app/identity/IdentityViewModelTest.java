package org.uditrust.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uditrust.Services;
import org.uditrust.app.DesktopViews;
import org.uditrust.app.task.TaskRunner;
import org.uditrust.registry.BindingState;
import org.uditrust.registry.ValidationState;

/** The Identity view model without the toolkit, on a real SQLite inventory with openssl-made identities. */
class IdentityViewModelTest {

    @TempDir
    Path dir;

    Services services;
    IdentityViewModel model;

    @BeforeEach
    void setUp() throws IOException {
        services = IdentityFixture.services(dir.resolve("inventory.db"));
        IdentityFixture.populate(services, Files.createDirectories(dir.resolve("pki")));
        model = new IdentityViewModel(services::registry, TaskRunner.synchronous(), IdentityFixture.ACTOR,
                ResourceBundle.getBundle(DesktopViews.BUNDLE));
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    void aBoundDeviceShowsItsChainRootToLeafEveryLinkValid() {
        model.deviceRefProperty().set("(01)" + IdentityFixture.DI + "(21)SN123");
        model.showDevice();

        assertThat(model.deviceHeadingProperty().get()).startsWith("Device 1:");
        assertThat(model.identities()).singleElement().satisfies(row -> {
            assertThat(row.validation()).isEqualTo(ValidationState.VALID);
            assertThat(row.binding()).isEqualTo(BindingState.BOUND);
        });
        assertThat(model.chain()).extracting(ChainRow::subject)
                .containsExactly("CN=Acme Root CA", "CN=Acme Issuing CA", "serialNumber=SN123,CN=Infusion pump");
        assertThat(model.chain()).allMatch(ChainRow::passes);
        assertThat(model.chain().get(0).status()).contains("Trust anchor");
        assertThat(model.bindingTextProperty().get()).isEqualTo("Bound to this device");
    }

    @Test
    void aRevokedLeafFailsItsLinkWithTheRule() {
        model.deviceRefProperty().set("3");
        model.showDevice();
        assertThat(model.identities()).singleElement()
                .satisfies(row -> assertThat(row.validation()).isEqualTo(ValidationState.REVOKED));
        ChainRow leaf = model.chain().get(model.chain().size() - 1);
        assertThat(leaf.passes()).isFalse();
        assertThat(leaf.status()).contains("path.revoked");
        assertThat(model.chain().get(0).passes()).isTrue();
    }

    @Test
    void aConflictingCertificateNamesBothSerials() {
        model.deviceRefProperty().set("2");
        model.showDevice();
        assertThat(model.identities()).singleElement()
                .satisfies(row -> assertThat(row.binding()).isEqualTo(BindingState.CONFLICTING));
        assertThat(model.bindingTextProperty().get()).contains("CONFLICT", "SN999", "SN124");
    }

    @Test
    void aTypedDiAndSerialFindTheUnitWhoseLabelAlsoCarriesLotAndExpiry() {
        services.registry().registration().register("(01)" + IdentityFixture.DI + "(17)301231(10)LOT7(21)SN777",
                org.uditrust.registry.Location.UNKNOWN, null, null, IdentityFixture.ACTOR);

        model.deviceRefProperty().set("(01)" + IdentityFixture.DI + "(21)SN777");
        model.showDevice();

        assertThat(model.deviceHeadingProperty().get()).contains("(10)LOT7(21)SN777");
        model.deviceRefProperty().set("(01)" + IdentityFixture.DI + "(21)SN778");
        model.showDevice();
        assertThat(model.messageProperty().get()).startsWith("No registered device is");
    }

    @Test
    void unknownDevicesAndEmptyInputSaySo() {
        model.showDevice();
        assertThat(model.messageProperty().get()).isEqualTo("Type a device id or scan its UDI.");
        model.deviceRefProperty().set("999");
        model.showDevice();
        assertThat(model.messageProperty().get()).isEqualTo("No registered device is 999.");
        assertThat(model.identities()).isEmpty();
    }

    @Test
    void manufacturersAndLifeCycleListsFillOnRefresh() {
        // The certificates are valid for 365 days from the day before the clock.
        model.daysProperty().set(400);
        model.refresh();
        assertThat(model.anchors()).extracting(AnchorRow::subject)
                .containsExactlyInAnyOrder("CN=Acme Root CA", "CN=Acme Issuing CA");
        assertThat(model.anchors()).filteredOn(a -> a.subject().equals("CN=Acme Root CA")).singleElement()
                .satisfies(a -> assertThat(a.pinnedTo()).isEqualTo(IdentityFixture.DI));
        assertThat(model.rules()).singleElement().asString().contains("Acme Medical", "subject serialNumber");
        assertThat(model.crls()).singleElement().asString().contains("CN=Acme Issuing CA");
        assertThat(model.clones()).anySatisfy(c -> assertThat(c).contains("One public key"));
        assertThat(model.expiring()).hasSize(4);
        assertThat(model.problems()).anySatisfy(p -> assertThat(p).startsWith("REVOKED"))
                .anySatisfy(p -> assertThat(p).startsWith("MISSING  device 2"))
                .anySatisfy(p -> assertThat(p).startsWith("MISSING  device 5"));
        model.daysProperty().set(30);
        model.refresh();
        assertThat(model.expiring()).isEmpty();
    }

    @Test
    void revalidatingAllReportsTheCounts() {
        model.revalidateAll();
        assertThat(model.messageProperty().get()).isEqualTo(
                "4 identities validated: 3 valid, 0 invalid, 1 revoked.");
    }
}
