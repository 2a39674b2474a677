package org.uditrust.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uditrust.app.FxTestSupport.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.uditrust.Services;
import org.uditrust.app.FxTestSupport;
import org.uditrust.app.RequiresDisplay;
import org.uditrust.app.Settings;
import org.uditrust.audit.AuditEntry;
import org.uditrust.audit.AuditQuery;
import org.uditrust.identity.OpensslPki;

/**
 * What a biomedical engineer does in the Identity view, end to end in the window on a real SQLite file with no trust
 * yet: imports a manufacturer's openssl-made root and issuing CA with the root pinned to the pump model, saves the
 * manufacturer's binding rule and the issuing CA's CRL, then imports a pump's certificate for the registered pump and sees it bound and its
 * chain valid; every change is in the audit trail. Files are named in the view's file fields (what Browse… fills),
 * so no native dialog is needed. With {@code -Dscreenshots.dir=docs/screenshots} it writes
 * {@code identity-manufacturers.png} and {@code identity-view.png}.
 */
@ExtendWith({RequiresDisplay.class, ApplicationExtension.class})
class IdentityImportFxTest {

    private ExecutorService background;
    private Services services;
    private Stage stage;
    private OpensslPki pki;
    private Path dir;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        background = FxTestSupport.backgroundThread();
        dir = Files.createTempDirectory("uditrust-identity-import-fx");
        services = IdentityFixture.services(dir.resolve("inventory.db"));
        pki = OpensslPki.create(Files.createDirectories(dir.resolve("pki")));
        IdentityFixture.register(services.registry(), "SN123");
        IdentityFixture.register(services.registry(), "SN124");
        FxTestSupport.show(stage, background, Settings.inMemory(), services);
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
        services.close();
    }

    private static void fill(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void tab(FxRobot robot, int index) {
        robot.clickOn(robot.lookup(".tab").nth(index).<Node>query());
    }

    @Test
    void importAnchorsPinAndRuleThenADeviceCertificateIsBoundAndItsChainValid(FxRobot robot) throws IOException {
        Path chain = dir.resolve("acme-cas.pem");
        Files.writeString(chain, Files.readString(pki.root()) + Files.readString(pki.intermediate()));
        Path leaf = IdentityFixture.leaf(pki, "pump-SN123", "SN123", 0x1001, null);

        robot.clickOn("#nav-identity");
        tab(robot, 1);
        fill(robot, "#trustFile", chain.toString());
        robot.clickOn("#manufacturer").write("Acme Medical");
        robot.clickOn("#pinDi").write(IdentityFixture.DI);
        robot.clickOn("#importAnchorsButton");
        TableView<AnchorRow> anchors = robot.lookup("#anchors").queryTableView();
        waitUntil(() -> anchors.getItems().size() == 2);
        assertThat(text(robot, "#trustMessage")).isEqualTo("2 anchor(s) of Acme Medical imported, 0 already "
                + "stored. 1 pinned to " + IdentityFixture.DI + ".");
        assertThat(anchors.getItems()).filteredOn(a -> a.subject().equals("CN=Acme Root CA")).singleElement()
                .satisfies(a -> assertThat(a.pinnedTo()).isEqualTo(IdentityFixture.DI));

        robot.clickOn("#saveRuleButton");
        waitUntil(() -> robot.lookup("#rules").queryListView().getItems().size() == 1);
        assertThat(robot.lookup("#rules").queryListView().getItems().get(0).toString())
                .startsWith("Acme Medical: serial from subject serialNumber, model from SAN URI");
        fill(robot, "#trustFile", pki.crl("acme-issuing.crl").toString());
        robot.clickOn("#importCrlButton");
        waitUntil(() -> robot.lookup("#crls").queryListView().getItems().size() == 1);
        assertThat(text(robot, "#trustMessage")).isEqualTo("1 CRL(s) imported, 0 skipped.");
        robot.clickOn("CN=Acme Root CA");
        waitUntil(() -> anchors.getSelectionModel().getSelectedItem() != null);
        FxTestSupport.screenshot(robot, stage, "identity-manufacturers.png");

        tab(robot, 0);
        robot.clickOn("#deviceRef").write("(01)" + IdentityFixture.DI + "(21)SN123");
        robot.clickOn("#validateButton");
        waitUntil(() -> !text(robot, "#deviceHeading").isEmpty()
                && !robot.lookup("#importCertificateButton").query().isDisabled());
        fill(robot, "#certificateFile", leaf.toString());
        robot.clickOn("#importCertificateButton");

        waitUntil(() -> robot.lookup(".link-badge").queryAll().size() == 3);
        assertThat(text(robot, "#importResult")).isEqualTo("Bound: the certificate names this device (DI "
                + IdentityFixture.DI + ", serial SN123).");
        assertThat(robot.lookup(".link-badge").queryAllAs(Label.class).stream().map(Label::getText).toList())
                .containsExactly("VALID", "VALID", "VALID");
        assertThat(text(robot, "#bindingState")).isEqualTo("Bound to this device");
        FxTestSupport.screenshot(robot, stage, "identity-view.png");

        List<String> actions = services.registry().transactions().<List<AuditEntry>>read(r -> r.auditTrail()
                .find(AuditQuery.all(), 0, 100)).stream().map(e -> e.change().action()).toList();
        assertThat(actions).contains("anchor.import", "anchor.pin", "rule.set", "identity.import", "identity.bind");
    }

    @Test
    void aRejectedAnchorFileIsShownWithTheServicesReason(FxRobot robot) throws IOException {
        Path leaf = IdentityFixture.leaf(pki, "pump-SN123", "SN123", 0x1001, null);
        robot.clickOn("#nav-identity");
        tab(robot, 1);
        fill(robot, "#trustFile", leaf.toString());
        robot.clickOn("#manufacturer").write("Acme Medical");
        robot.clickOn("#importAnchorsButton");
        waitUntil(() -> text(robot, "#trustMessage").startsWith("Rejected"));
        assertThat(text(robot, "#trustMessage")).contains("[anchor.not-ca]", "is not a CA certificate");
        assertThat(robot.lookup("#trustMessage").query().getStyleClass()).contains("state-bad");
        assertThat(robot.lookup("#anchors").queryTableView().getItems()).isEmpty();
    }
}
