package org.uditrust.identity;

/** Which certificate field carries the device's UDI serial number (the label's AI 21 / HIBC serial). */
public enum SerialSource {
    /** Subject DN serialNumber attribute (2.5.4.5), as IEEE 802.1AR recommends. */
    SUBJECT_SERIAL_NUMBER,
    /** The hwSerialNum of the RFC 4108 hardwareModuleName SAN (printable text). */
    HARDWARE_MODULE_SERIAL,
    /** A SAN URI naming the whole UDI: a GS1 Digital Link URI (AI 21) or an {@code urn:epc:id:sgtin} URN. */
    SAN_URI
}
