package org.uditrust.report;

import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceModel;

/** Writes devices one at a time in some format; nothing is held between calls but the open stream. */
interface DeviceSink {

    /** Writes one device; {@code model} is its GUDID model, or null when GUDID does not know the DI. */
    void device(Device device, DeviceModel model);

    /** Writes what follows the last device and flushes; does not close the caller's stream. */
    void finish();
}
