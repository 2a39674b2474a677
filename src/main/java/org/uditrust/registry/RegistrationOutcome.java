package org.uditrust.registry;

import java.util.List;
import org.uditrust.udi.ParseResult;

/** What registering a scan did. */
public sealed interface RegistrationOutcome
        permits RegistrationOutcome.Registered, RegistrationOutcome.AlreadyRegistered, RegistrationOutcome.Rejected {

    /** A new device, stored with its audit entry; {@code model} is null when GUDID does not know the DI. */
    record Registered(Device device, DeviceModel model, List<LabelFinding> findings) implements RegistrationOutcome {
        public Registered {
            findings = List.copyOf(findings);
        }
    }

    /** This UDI is already in the inventory: nothing was written but the scan event. */
    record AlreadyRegistered(Device device) implements RegistrationOutcome {
    }

    /** The input is not a valid UDI: nothing was written but the scan event. */
    record Rejected(ParseResult.Invalid result) implements RegistrationOutcome {
    }
}
