package org.uditrust.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.uditrust.audit.CanonicalJson;
import org.uditrust.identity.BindingRule;

/**
 * The audit-trail forms of identity records: what a user can see or change, as canonical JSON. Certificates, CRLs
 * and responses are named by their SHA-256 (the DER itself stays in its table, which the fingerprint pins).
 */
final class IdentityAudit {

    private IdentityAudit() {
    }

    static String anchor(TrustAnchor a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("manufacturer", a.manufacturer());
        m.put("fingerprint", a.fingerprint());
        m.put("subject", a.subject());
        m.put("issuer", a.issuer());
        m.put("notBefore", a.notBefore().toString());
        m.put("notAfter", a.notAfter().toString());
        return CanonicalJson.write(m);
    }

    static String pin(TrustAnchor a, String di) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("anchor", a.fingerprint());
        m.put("manufacturer", a.manufacturer());
        m.put("di", di);
        return CanonicalJson.write(m);
    }

    static String rule(BindingRule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("manufacturer", r.manufacturer());
        m.put("serialSource", r.serialSource().name());
        m.put("modelSource", r.modelSource().name());
        m.put("hwTypeToDi", new TreeMap<>(r.hwTypeToDi()));
        return CanonicalJson.write(m);
    }

    static String crl(StoredCrl c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("issuer", c.issuer());
        m.put("crlNumber", c.crlNumberHex());
        m.put("thisUpdate", c.thisUpdate().toString());
        m.put("nextUpdate", c.nextUpdate() == null ? null : c.nextUpdate().toString());
        m.put("fingerprint", c.fingerprint());
        return CanonicalJson.write(m);
    }

    static String ocsp(StoredOcspResponse r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fingerprint", r.fingerprint());
        m.put("producedAt", r.producedAt().toString());
        return CanonicalJson.write(m);
    }

    static String identity(DeviceIdentity i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("deviceId", i.deviceId());
        m.put("kind", i.kind().name());
        m.put("binding", i.binding().name());
        m.put("bindingDetail", i.bindingDetail());
        m.put("subject", i.subject());
        m.put("issuer", i.issuer());
        m.put("serial", i.serialHex());
        m.put("fingerprint", i.fingerprint());
        m.put("publicKeySha256", i.publicKeySha256());
        m.put("claimedDi", i.claimedDi());
        m.put("claimedSerial", i.claimedSerial());
        m.put("validation", i.validation().name());
        m.put("validationRule", i.validationRule());
        m.put("version", i.version());
        return CanonicalJson.write(m);
    }

    static String provisioning(ProvisioningRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("deviceId", r.deviceId());
        m.put("identityId", r.identityId());
        m.put("caSubject", r.caSubject());
        m.put("batch", r.batch());
        return CanonicalJson.write(m);
    }
}
