package org.uditrust.identity;

import java.util.Objects;
import java.util.Optional;

/**
 * What a certificate asserts about the device it was issued to, read by a manufacturer's {@link BindingRule}.
 * Absent facts are null (the certificate does not carry them where the rule looks); the reasons say why, for
 * the user.
 *
 * @param di           the model as GTIN-14 (or normalized HIBC/ISBT DI), or null
 * @param serial       the device serial, or null
 * @param hwType       the hardwareModuleName hwType OID when the certificate has one, else null
 * @param diReason     why {@code di} is null (a sentence), or null when it is present
 * @param serialReason why {@code serial} is null, or null when it is present
 */
public record IdentityClaims(String di, String serial, String hwType, String diReason, String serialReason) {

    public IdentityClaims {
        if ((di == null) == (diReason == null)) {
            throw new IllegalArgumentException("exactly one of di and diReason");
        }
        if ((serial == null) == (serialReason == null)) {
            throw new IllegalArgumentException("exactly one of serial and serialReason");
        }
    }

    public Optional<String> diValue() {
        return Optional.ofNullable(di);
    }

    public Optional<String> serialValue() {
        return Optional.ofNullable(serial);
    }

    /** Reads {@code info} as {@code rule} says; SAN URIs are read with {@code uris}. */
    public static IdentityClaims read(CertificateInfo info, BindingRule rule, UdiUri.Reader uris) {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(rule, "rule");
        Optional<UdiUri> udiUri = firstUdiUri(info, uris);
        String hwType = info.hardwareModuleName().map(HardwareModuleName::hwType).orElse(null);

        String serial = null;
        String serialReason = null;
        if (rule.serialSource() == SerialSource.SUBJECT_SERIAL_NUMBER) {
            serial = info.subjectSerialNumber().filter(s -> !s.isBlank()).orElse(null);
            serialReason = serial == null ? "the subject has no serialNumber attribute" : null;
        } else if (rule.serialSource() == SerialSource.HARDWARE_MODULE_SERIAL) {
            if (info.hardwareModuleName().isEmpty()) {
                serialReason = "the certificate has no hardwareModuleName";
            } else if (info.hardwareModuleName().get().hwSerialNum() == null) {
                serialReason = "the hardwareModuleName hwSerialNum is not printable text (hex "
                        + info.hardwareModuleName().get().hwSerialNumHex() + ")";
            } else {
                serial = info.hardwareModuleName().get().hwSerialNum();
            }
        } else {
            serial = udiUri.map(UdiUri::serial).orElse(null);
            serialReason = serial == null ? (udiUri.isEmpty() ? noUdiUri(info) : "the SAN URI " + udiUri.get().uri()
                    + " names no serial") : null;
        }

        String di = null;
        String diReason = null;
        if (rule.modelSource() == ModelSource.SAN_URI) {
            di = udiUri.map(UdiUri::di).orElse(null);
            diReason = di == null ? noUdiUri(info) : null;
        } else if (hwType == null) {
            diReason = "the certificate has no hardwareModuleName";
        } else if (!rule.hwTypeToDi().containsKey(hwType)) {
            diReason = "the binding rule of " + rule.manufacturer() + " maps no DI to hwType " + hwType;
        } else {
            di = DeviceIdentifiers.normalize(rule.hwTypeToDi().get(hwType));
        }
        return new IdentityClaims(di, serial, hwType, diReason, serialReason);
    }

    private static Optional<UdiUri> firstUdiUri(CertificateInfo info, UdiUri.Reader uris) {
        for (String uri : info.sanUris()) {
            Optional<UdiUri> read = uris.read(uri);
            if (read.isPresent()) {
                return read;
            }
        }
        return Optional.empty();
    }

    private static String noUdiUri(CertificateInfo info) {
        return info.sanUris().isEmpty() ? "the certificate has no SAN URI"
                : "no SAN URI is a GS1 Digital Link or urn:epc:id:sgtin (" + String.join(", ", info.sanUris()) + ")";
    }
}
