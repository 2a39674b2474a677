package org.uditrust.app.shell;

import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** Shows what a section will do once it is built; no data, real or fake. */
public final class PlaceholderController {

    private final Section section;
    private final ResourceBundle bundle;

    @FXML
    private Label heading;
    @FXML
    private Label description;

    public PlaceholderController(Section section, ResourceBundle bundle) {
        this.section = section;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        heading.setText(bundle.getString("nav." + section.key()));
        description.setText(bundle.getString("placeholder." + section.key()));
    }
}
