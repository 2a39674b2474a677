package org.uditrust.registry;

/** Where a registered device stands in its life at this hospital. */
public enum DeviceStatus {
    IN_SERVICE,
    QUARANTINED,
    RECALLED,
    RETIRED
}
