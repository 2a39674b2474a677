package org.uditrust.app;

import javafx.application.Application;
import javafx.stage.Stage;
import org.uditrust.Services;

/** The desktop face. (Stub: being written.) */
public final class DesktopApp extends Application {

    private static Services services;

    public static void launch(Services wired, String... args) {
        services = wired;
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("UDI Trust");
        stage.show();
    }
}
