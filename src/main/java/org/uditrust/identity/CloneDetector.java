package org.uditrust.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds clones among stored identities ({@link CloneFinding}). Feed every fact with {@link #add}, then ask
 * {@link #findings}; memory grows with the number of identities (a few hundred bytes each), not with certificates.
 * Not thread-safe.
 */
public final class CloneDetector {

    private final Map<String, List<IdentityFact>> byKey = new HashMap<>();
    private final Map<String, List<IdentityFact>> byUdi = new HashMap<>();
    private final Map<String, List<IdentityFact>> byIssuerSerial = new HashMap<>();

    public void add(IdentityFact fact) {
        byKey.computeIfAbsent(fact.publicKeySha256(), k -> new ArrayList<>(1)).add(fact);
        if (fact.di() != null && fact.serial() != null) {
            byUdi.computeIfAbsent(DeviceIdentifiers.normalize(fact.di()) + '\u0000' + fact.serial(),
                    k -> new ArrayList<>(1)).add(fact);
        }
        if (!fact.serialHex().isEmpty()) {
            // A recorded symmetric key has no issuer and no serial.
            byIssuerSerial.computeIfAbsent(fact.issuer() + '\u0000' + fact.serialHex(), k -> new ArrayList<>(1))
                    .add(fact);
        }
    }

    /** Every finding, shared keys first, each kind sorted by its key. */
    public List<CloneFinding> findings() {
        List<CloneFinding> out = new ArrayList<>();
        new java.util.TreeMap<>(byKey).forEach((key, facts) -> {
            TreeSet<Long> devices = new TreeSet<>();
            for (IdentityFact f : facts) {
                if (f.deviceId() != null) {
                    devices.add(f.deviceId());
                }
            }
            if (devices.size() > 1) {
                out.add(new CloneFinding.SharedKey(key, List.copyOf(devices), fingerprints(facts)));
            }
        });
        new java.util.TreeMap<>(byUdi).forEach((udi, facts) -> {
            TreeSet<String> keys = new TreeSet<>();
            facts.forEach(f -> keys.add(f.publicKeySha256()));
            if (keys.size() > 1) {
                IdentityFact first = facts.get(0);
                out.add(new CloneFinding.SharedUdi(DeviceIdentifiers.normalize(first.di()), first.serial(),
                        List.copyOf(keys), fingerprints(facts)));
            }
        });
        new java.util.TreeMap<>(byIssuerSerial).forEach((k, facts) -> {
            List<String> fingerprints = fingerprints(facts);
            if (fingerprints.size() > 1) {
                out.add(new CloneFinding.ReusedSerial(facts.get(0).issuer(), facts.get(0).serialHex(),
                        fingerprints));
            }
        });
        return out;
    }

    /** Convenience: the findings among {@code facts}. */
    public static List<CloneFinding> find(Iterable<IdentityFact> facts) {
        CloneDetector detector = new CloneDetector();
        facts.forEach(detector::add);
        return detector.findings();
    }

    private static List<String> fingerprints(List<IdentityFact> facts) {
        TreeSet<String> set = new TreeSet<>();
        facts.forEach(f -> set.add(f.fingerprint()));
        return List.copyOf(set);
    }
}
