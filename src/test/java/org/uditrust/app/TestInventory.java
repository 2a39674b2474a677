package org.uditrust.app;

import java.util.List;
import java.util.ResourceBundle;
import org.uditrust.registry.Actor;
import org.uditrust.registry.DeviceModel;
import org.uditrust.registry.InMemoryRegistry;
import org.uditrust.registry.Location;
import org.uditrust.registry.RegistrationOutcome;
import org.uditrust.registry.RegistryServices;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.UdiParser;

/** A registry with a GUDID model and devices registered through the real RegistrationService, for app tests. */
public final class TestInventory {

    /** GS1's example GTIN (TestScans.GS1_SCAN); the model is made up for the tests, as GUDID does not list it. */
    public static final String DI = "09506000134352";
    public static final Actor ACTOR = new Actor("tester", "bench-1");

    /** The in-memory store, or null on a real database. */
    public final InMemoryRegistry store;
    public final RegistryServices services;

    /** Over plain collections: fast, for view-model tests that do not need SQL. */
    public TestInventory() {
        store = new InMemoryRegistry(FxTestSupport.CLOCK);
        services = store.services(new UdiParser(ParseOptions.defaults(FxTestSupport.CLOCK)));
        store.addModel(model());
    }

    /** Over a real SQLite database (through the composition root, as the app opens it). */
    public TestInventory(RegistryServices real) {
        store = null;
        services = real;
        if (services.inventory().model(DI).isEmpty()) {
            services.transactions().write(repos -> {
                repos.models().upsert(model());
                return null;
            });
        }
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(DesktopViews.BUNDLE);
    }

    /**
     * A model whose GUDID record says the label carries lot and expiry but no serial, so the test scan's serial (21)
     * is a finding.
     */
    public static DeviceModel model() {
        return new DeviceModel(DI, "GS1", "Infusa", "IP-300", "CAT-300", "Example Medical Inc.", null,
                "Volumetric infusion pump", "In Commercial Distribution", null, "MR Unsafe", false, null, false,
                new DeviceModel.PiFlags(true, false, false, true, false), List.of(), List.of(
                new DeviceModel.ProductCode("FRN", "Pump, Infusion")), List.of(), List.of(), List.of(), 1, null);
    }

    /** The bracketed scan text of test device {@code i}: lot L(i/100), serial S%05d. */
    public static String scan(int i) {
        return "(01)" + DI + "(17)281231(10)L" + (i / 100) + "(21)" + String.format("S%05d", i);
    }

    /** Registers {@code n} devices, every tenth in Riverside Clinic, the rest in St. Luke's. */
    public TestInventory withDevices(int n) {
        return withDevicesFrom(0, n);
    }

    /** Registers test devices {@code first} to {@code first + n - 1}. */
    public TestInventory withDevicesFrom(int first, int n) {
        for (int i = first; i < first + n; i++) {
            Location where = i % 10 == 0 ? Location.parse("Riverside Clinic/A/Dialysis/Bay 3")
                    : Location.parse("St. Luke's/Main/ICU/Bed " + (i % 12));
            RegistrationOutcome outcome = services.registration().register(scan(i), where, "Biomed", null, ACTOR);
            if (!(outcome instanceof RegistrationOutcome.Registered)) {
                throw new AssertionError("not registered: " + scan(i) + " -> " + outcome);
            }
        }
        return this;
    }
}
