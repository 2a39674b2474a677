package org.uditrust.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.uditrust.identity.BindingOutcome;
import org.uditrust.identity.CertificateInfo;
import org.uditrust.identity.CloneFinding;
import org.uditrust.identity.ExtensionInfo;
import org.uditrust.identity.IdentityProblem;
import org.uditrust.registry.AnchorPin;
import org.uditrust.registry.DeviceIdentity;
import org.uditrust.registry.TrustAnchor;

/**
 * Renders identities, anchors and findings for the console: text for people, JSON (one object per line, see
 * {@link DeviceOutput#line}) for tools. Enum values are lower case with hyphens ({@code not-validated}); instants
 * ISO-8601 UTC; fingerprints lower-case hex. Fields are only ever added, never renamed or removed.
 */
final class IdentityOutput {

    private IdentityOutput() {
    }

    static String enumText(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Map<String, Object> json(DeviceIdentity i, CertificateInfo info) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", i.id());
        o.put("fingerprint", i.fingerprint());
        o.put("kind", enumText(i.kind()));
        o.put("deviceId", i.deviceId());
        o.put("binding", enumText(i.binding()));
        o.put("bindingDetail", i.bindingDetail());
        o.put("claimedDi", i.claimedDi());
        o.put("claimedSerial", i.claimedSerial());
        o.put("validation", enumText(i.validation()));
        o.put("validationRule", i.validationRule());
        o.put("validationMessage", i.validationMessage());
        o.put("validatedAt", i.validatedAt() == null ? null : i.validatedAt().toString());
        o.put("subject", i.subject());
        o.put("issuer", i.issuer());
        o.put("serial", i.serialHex());
        o.put("keyAlgorithm", i.keyAlgorithm());
        o.put("keyBits", i.keyBits());
        o.put("notBefore", i.notBefore() == null ? null : i.notBefore().toString());
        o.put("notAfter", i.notAfter() == null ? null : i.notAfter().toString());
        o.put("publicKeySha256", i.publicKeySha256());
        if (info != null) {
            o.put("curve", info.curve());
            o.put("signatureAlgorithm", info.signatureAlgorithm());
            o.put("sha1Fingerprint", info.sha1Fingerprint());
            o.put("subjectSerialNumber", info.subjectSerialNumber().orElse(null));
            o.put("hardwareModuleName", info.hardwareModuleName().map(h -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("hwType", h.hwType());
                m.put("hwSerialNum", h.hwSerialNum());
                m.put("hwSerialNumHex", h.hwSerialNumHex());
                return m;
            }).orElse(null));
            o.put("subjectAltNames", info.subjectAltNames());
            o.put("keyUsage", info.keyUsage());
            o.put("extendedKeyUsage", info.extendedKeyUsage());
            List<Map<String, Object>> extensions = new ArrayList<>();
            for (ExtensionInfo e : info.extensions()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("oid", e.oid());
                m.put("name", e.name());
                m.put("critical", e.critical());
                m.put("value", e.value());
                extensions.add(m);
            }
            o.put("extensions", extensions);
        }
        o.put("importedAt", i.importedAt().toString());
        o.put("importedBy", i.importedBy());
        return o;
    }

    static String text(DeviceIdentity i, CertificateInfo info) {
        StringBuilder out = new StringBuilder();
        field(out, "Identity", i.id() + " (" + enumText(i.kind()) + ")");
        field(out, "Subject", i.subject());
        field(out, "Issuer", i.issuer());
        field(out, "Serial", i.serialHex());
        field(out, "Key", i.keyAlgorithm() + (i.keyBits() > 0 ? " " + i.keyBits() + " bits" : "")
                + (info != null && info.curve() != null ? " (" + info.curve() + ")" : ""));
        if (info != null) {
            field(out, "Signature", info.signatureAlgorithm());
        }
        if (i.notBefore() != null) {
            field(out, "Valid", i.notBefore() + " to " + i.notAfter());
        }
        field(out, "SHA-256", i.fingerprint());
        if (info != null) {
            field(out, "SHA-1", info.sha1Fingerprint());
        }
        field(out, "Public key SHA-256", i.publicKeySha256());
        if (info != null) {
            field(out, "Subject serialNumber", info.subjectSerialNumber().orElse("-"));
            field(out, "hardwareModuleName", info.hardwareModuleName().map(h -> "hwType " + h.hwType()
                    + ", hwSerialNum " + (h.hwSerialNum() != null ? h.hwSerialNum() : "0x" + h.hwSerialNumHex()))
                    .orElse("-"));
            field(out, "Subject alt names", info.subjectAltNames().isEmpty() ? "-"
                    : String.join(", ", info.subjectAltNames()));
            for (ExtensionInfo e : info.extensions()) {
                field(out, "Extension", e.name() + (e.critical() ? " (critical)" : "") + ": " + e.value());
            }
        }
        field(out, "Device", i.deviceId() == null ? "-" : Long.toString(i.deviceId()));
        field(out, "Binding", enumText(i.binding()) + (i.bindingDetail() == null ? "" : " - " + i.bindingDetail()));
        field(out, "Validation", enumText(i.validation()) + (i.validationMessage() == null ? ""
                : " - " + i.validationMessage()));
        return out.toString();
    }

    static Map<String, Object> json(TrustAnchor a, List<AnchorPin> pins) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", a.id());
        o.put("manufacturer", a.manufacturer());
        o.put("fingerprint", a.fingerprint());
        o.put("subject", a.subject());
        o.put("issuer", a.issuer());
        o.put("notBefore", a.notBefore().toString());
        o.put("notAfter", a.notAfter().toString());
        o.put("pinnedTo", pins.stream().map(AnchorPin::di).toList());
        return o;
    }

    static Map<String, Object> json(CloneFinding f) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("code", f.code());
        o.put("message", f.message());
        o.put("fingerprints", f.fingerprints());
        return o;
    }

    static Map<String, Object> json(BindingOutcome outcome) {
        Map<String, Object> o = new LinkedHashMap<>();
        if (outcome instanceof BindingOutcome.Bound) {
            o.put("outcome", "bound");
        } else if (outcome instanceof BindingOutcome.Conflicting) {
            BindingOutcome.Conflicting c = (BindingOutcome.Conflicting) outcome;
            o.put("outcome", "conflicting");
            o.put("field", c.field());
            o.put("certificateValue", c.certificateValue());
            o.put("labelValue", c.labelValue());
        } else {
            BindingOutcome.NotAsserted n = (BindingOutcome.NotAsserted) outcome;
            o.put("outcome", "not-asserted");
            o.put("field", n.field());
            o.put("reason", n.reason());
        }
        return o;
    }

    /** One sentence for a binding outcome. */
    static String sentence(BindingOutcome outcome) {
        if (outcome instanceof BindingOutcome.Bound) {
            BindingOutcome.Bound b = (BindingOutcome.Bound) outcome;
            return "Bound: the certificate names DI " + b.di() + ", serial " + b.serial() + ", as the label does.";
        }
        if (outcome instanceof BindingOutcome.Conflicting) {
            return "CONFLICT, not bound: " + ((BindingOutcome.Conflicting) outcome).message();
        }
        BindingOutcome.NotAsserted n = (BindingOutcome.NotAsserted) outcome;
        return "Not bound: the certificate asserts no " + n.field() + " (" + n.reason() + ").";
    }

    static String problem(IdentityProblem p) {
        return "[" + p.code() + "] " + p.message();
    }

    static Map<String, Object> json(IdentityProblem p) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("code", p.code());
        o.put("where", p.where());
        o.put("message", p.message());
        return o;
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(String.format(Locale.ROOT, "%-22s%s%n", name + ":", value == null ? "-" : value));
    }
}
