package org.uditrust.identity.ca;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.uditrust.identity.BindingRule;
import org.uditrust.identity.HardwareModuleName;
import org.uditrust.identity.ModelSource;
import org.uditrust.identity.SerialSource;
import org.uditrust.udi.DataElement;
import org.uditrust.udi.Issuer;
import org.uditrust.udi.Udi;
import org.uditrust.udi.gs1.Gs1DigitalLinkWriter;

/**
 * Writes a UDI into a device certificate's names per a {@link BindingRule}, the mirror of how the hospital side
 * binds: the serial in the subject serialNumber, in the RFC 4108 hardwareModuleName hwSerialNum, or in a SAN URI;
 * the model in the SAN URI or as the hardwareModuleName hwType (the rule's hwType → DI map, read backwards).
 *
 * <p>The SAN URI is a GS1 Digital Link carrying only (01) and (21): the identity of the unit, not its lot or
 * dates, so that a relabelled lot never changes what the certificate asserts. The subject is
 * {@code O=<manufacturer>, CN=<the CSR's CN, else "UDI-DI <di>">} plus {@code serialNumber} when the rule puts it
 * there; nothing else from a CSR's subject is copied, so a device cannot ask for names the rule does not give it.
 */
final class UdiNames {

    /** Subject and subjectAltName for one device. {@code san} is null when the rule puts nothing there. */
    record Names(X500Name subject, GeneralNames san) {
        Names {
            Objects.requireNonNull(subject, "subject");
        }
    }

    private static final ASN1ObjectIdentifier HW_MODULE_NAME = new ASN1ObjectIdentifier(HardwareModuleName.OID);
    private static final int MAX_CN = 64;

    private final Gs1DigitalLinkWriter digitalLink = new Gs1DigitalLinkWriter();

    CaResult<Names> names(Udi udi, BindingRule rule, X500Name requested, String where) {
        String serial = udi.serial();
        if (serial == null || serial.isEmpty()) {
            return CaResult.failed("ca.udi-no-serial", where, "The UDI " + udi.humanReadable() + " has no serial "
                    + "number; a device certificate names one unit, so its UDI needs one.");
        }
        X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE);
        subject.addRDN(BCStyle.O, rule.manufacturer());
        subject.addRDN(BCStyle.CN, commonName(requested, udi));
        if (rule.serialSource() == SerialSource.SUBJECT_SERIAL_NUMBER) {
            if (!DERPrintableString.isPrintableString(serial) || serial.length() > 64) {
                return CaResult.failed("ca.serial-not-printable", where, "The serial '" + serial + "' has characters"
                        + " (or a length) a subject serialNumber (PrintableString, at most 64) cannot carry; bind "
                        + "the serial in the hardwareModuleName or a SAN URI instead.");
            }
            subject.addRDN(BCStyle.SERIALNUMBER, new DERPrintableString(serial));
        }
        List<GeneralName> san = new ArrayList<>();
        boolean wantsUri = rule.serialSource() == SerialSource.SAN_URI || rule.modelSource() == ModelSource.SAN_URI;
        boolean wantsHwModule = rule.serialSource() == SerialSource.HARDWARE_MODULE_SERIAL
                || rule.modelSource() == ModelSource.HARDWARE_MODULE_TYPE;
        if (wantsHwModule) {
            String hwType = hwTypeFor(rule.hwTypeToDi(), udi.di());
            if (hwType == null) {
                return CaResult.failed("ca.no-hw-type", where, "The binding rule maps no hwType OID to the UDI-DI "
                        + udi.di() + "; add one (--hw-type OID=" + udi.di() + ").");
            }
            ASN1Encodable hmn = new DERSequence(new ASN1Encodable[] {
                new ASN1ObjectIdentifier(hwType), new DEROctetString(serial.getBytes(StandardCharsets.UTF_8))});
            san.add(new GeneralName(GeneralName.otherName,
                    new DERSequence(new ASN1Encodable[] {HW_MODULE_NAME, new DERTaggedObject(true, 0, hmn)})));
        }
        if (wantsUri) {
            if (udi.issuer() != Issuer.GS1) {
                return CaResult.failed("ca.uri-needs-gs1", where, "A SAN URI binding writes a GS1 Digital Link, but "
                        + "the UDI " + udi.humanReadable() + " is " + udi.issuer() + ".");
            }
            Gs1DigitalLinkWriter.Rendering rendering = digitalLink.render(identityOnly(udi));
            if (rendering instanceof Gs1DigitalLinkWriter.NotRenderable) {
                return CaResult.failed("ca.uri-not-renderable", where, "The UDI cannot be written as a GS1 Digital "
                        + "Link: " + ((Gs1DigitalLinkWriter.NotRenderable) rendering).problem().message());
            }
            san.add(new GeneralName(GeneralName.uniformResourceIdentifier,
                    ((Gs1DigitalLinkWriter.Rendered) rendering).uri()));
        }
        return CaResult.ok(new Names(subject.build(),
                san.isEmpty() ? null : new GeneralNames(san.toArray(new GeneralName[0]))));
    }

    /** The hwType OID the rule maps to {@code di}; when several do, the smallest, so the choice is stable. */
    static String hwTypeFor(Map<String, String> hwTypeToDi, String di) {
        String found = null;
        for (Map.Entry<String, String> e : hwTypeToDi.entrySet()) {
            if (e.getValue().equals(di) && (found == null || e.getKey().compareTo(found) < 0)) {
                found = e.getKey();
            }
        }
        return found;
    }

    private static String commonName(X500Name requested, Udi udi) {
        if (requested != null) {
            RDN[] cns = requested.getRDNs(BCStyle.CN);
            if (cns.length > 0 && cns[0].getFirst() != null) {
                ASN1Encodable value = cns[0].getFirst().getValue();
                String cn = value instanceof ASN1String ? ((ASN1String) value).getString()
                        : IETFUtils.valueToString(value);
                if (!cn.isBlank() && cn.length() <= MAX_CN) {
                    return cn;
                }
            }
        }
        return "UDI-DI " + udi.di();
    }

    /** The same UDI with only the GTIN (01) and serial (21): what identifies the unit. */
    private static Udi identityOnly(Udi udi) {
        List<DataElement> kept = new ArrayList<>();
        for (DataElement e : udi.elements()) {
            if ((e.key().equals("01") || e.key().equals("21"))
                    && kept.stream().noneMatch(k -> k.key().equals(e.key()))) {
                kept.add(e);
            }
        }
        return new Udi(udi.issuer(), udi.di(), null, udi.serial(), null, null, null, null, kept, udi.raw(),
                udi.humanReadable());
    }
}
