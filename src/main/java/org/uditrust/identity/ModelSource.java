package org.uditrust.identity;

/** Which certificate field carries the device model (UDI-DI). */
public enum ModelSource {
    /** A SAN URI naming the UDI: GS1 Digital Link (AI 01) or {@code urn:epc:id:sgtin}. */
    SAN_URI,
    /** The hardwareModuleName hwType OID, translated to a DI by the rule's {@code hwTypeToDi} map. */
    HARDWARE_MODULE_TYPE
}
