package org.uditrust.app.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/**
 * Loads FXML views with the UI bundle and a controller factory, so FXML names a controller class but never builds
 * services: each controller class maps to a supplier that the composition root wrote.
 */
public final class ViewLoader {

    private final ResourceBundle bundle;
    private final Map<Class<?>, Supplier<?>> controllers;

    public ViewLoader(ResourceBundle bundle, Map<Class<?>, Supplier<?>> controllers) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.controllers = Map.copyOf(controllers);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** Loads a view whose controller comes from the registered suppliers. */
    public Parent load(String resource) {
        return load(resource, this::controllerFor);
    }

    /** Loads a view with a one-off controller factory (for views that take per-instance arguments). */
    public Parent load(String resource, Callback<Class<?>, Object> factory) {
        URL url = ViewLoader.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("view not on the class path: " + resource);
        }
        FXMLLoader loader = new FXMLLoader(url, bundle);
        loader.setControllerFactory(factory);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load view " + resource, e);
        }
    }

    private Object controllerFor(Class<?> type) {
        Supplier<?> supplier = controllers.get(type);
        if (supplier == null) {
            throw new IllegalStateException("no controller registered for " + type.getName());
        }
        return supplier.get();
    }
}
