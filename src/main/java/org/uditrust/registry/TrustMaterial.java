package org.uditrust.registry;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uditrust.identity.DerCodec;
import org.uditrust.identity.DeviceIdentifiers;

/**
 * Everything path validation needs from the store, decoded once: the anchors pinned to each model, candidate
 * intermediates (stored intermediates and every anchor: an anchor that is not pinned to a model may still be a link
 * of a path, but the path must end at a pinned one), CRLs and OCSP responses. Immutable after loading; shared by
 * validation threads.
 */
final class TrustMaterial {

    private final Map<String, List<X509Certificate>> pinnedByDi;
    private final List<X509Certificate> untrusted;
    private final List<X509CRL> crls;
    private final List<byte[]> ocspResponses;

    private TrustMaterial(Map<String, List<X509Certificate>> pinnedByDi, List<X509Certificate> untrusted,
                          List<X509CRL> crls, List<byte[]> ocspResponses) {
        this.pinnedByDi = pinnedByDi;
        this.untrusted = List.copyOf(untrusted);
        this.crls = List.copyOf(crls);
        this.ocspResponses = List.copyOf(ocspResponses);
    }

    static TrustMaterial load(Repositories repos) {
        Map<String, List<X509Certificate>> pinned = new HashMap<>();
        Map<String, X509Certificate> untrusted = new LinkedHashMap<>();
        for (TrustAnchor anchor : repos.trust().anchors(null)) {
            X509Certificate certificate = DerCodec.certificate(anchor.der());
            untrusted.put(anchor.fingerprint(), certificate);
            for (AnchorPin pin : repos.trust().pinsOf(anchor.id())) {
                pinned.computeIfAbsent(pin.di(), k -> new ArrayList<>()).add(certificate);
            }
        }
        for (byte[] der : repos.trust().intermediates()) {
            untrusted.putIfAbsent(DerCodec.sha256(der), DerCodec.certificate(der));
        }
        List<X509CRL> crls = new ArrayList<>();
        repos.trust().crls().forEach(c -> crls.add(DerCodec.crl(c.der())));
        List<byte[]> ocsp = new ArrayList<>();
        repos.trust().ocspResponses().forEach(r -> ocsp.add(r.der()));
        Map<String, List<X509Certificate>> frozen = new HashMap<>();
        pinned.forEach((di, list) -> frozen.put(di, List.copyOf(list)));
        return new TrustMaterial(frozen, new ArrayList<>(untrusted.values()), crls, ocsp);
    }

    /** Anchors pinned to model {@code di}; empty when none (or {@code di} is null). */
    List<X509Certificate> anchorsFor(String di) {
        return di == null ? List.of() : pinnedByDi.getOrDefault(DeviceIdentifiers.normalize(di), List.of());
    }

    List<X509Certificate> untrusted() {
        return untrusted;
    }

    List<X509CRL> crls() {
        return crls;
    }

    List<byte[]> ocspResponses() {
        return ocspResponses;
    }
}
