/**
 * The desktop face (JavaFX): the only package that may import {@code javafx}; it never reaches {@code store} or
 * {@code cli}.
 *
 * <p>Design: MVVM. Each view is an FXML file with a thin controller that only binds, and a view model of read-only
 * properties and command methods that is tested without the toolkit. Controllers come from a controller factory
 * ({@link org.uditrust.app.DesktopViews}), so FXML never builds services. All UI text lives in the resource bundle
 * {@code org/uditrust/app/messages.properties} and is referenced as {@code %key}. Slow work goes through the one
 * background-task abstraction in {@link org.uditrust.app.task}. Sub-packages: {@code shell} (main window,
 * navigation, status bar), {@code scan} (the Scan view), {@code task} (background work).
 */
package org.uditrust.app;
