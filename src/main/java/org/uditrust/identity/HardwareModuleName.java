package org.uditrust.identity;

import java.util.Objects;

/**
 * RFC 4108 {@code hardwareModuleName} ({@code id-on-hardwareModuleName}, 1.3.6.1.5.5.7.8.4), the otherName that
 * IEEE 802.1AR DevID certificates put in subjectAltName: {@code SEQUENCE { hwType OID, hwSerialNum OCTET STRING }}.
 *
 * @param hwType         dotted OID naming the hardware type (a manufacturer maps it to a UDI-DI)
 * @param hwSerialNumHex the serial octets in lower-case hex, exactly as encoded
 * @param hwSerialNum    the serial octets as text when they are printable US-ASCII (the usual case), else null
 */
public record HardwareModuleName(String hwType, String hwSerialNumHex, String hwSerialNum) {
    /** The OID of the otherName type. */
    public static final String OID = "1.3.6.1.5.5.7.8.4";

    public HardwareModuleName {
        Objects.requireNonNull(hwType, "hwType");
        Objects.requireNonNull(hwSerialNumHex, "hwSerialNumHex");
    }
}
