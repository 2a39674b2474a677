package org.uditrust.registry;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.uditrust.audit.AuditChange;
import org.uditrust.identity.BindingOutcome;
import org.uditrust.identity.BindingRule;
import org.uditrust.identity.CertificateFiles;
import org.uditrust.identity.CertificateInfo;
import org.uditrust.identity.CertificateInspector;
import org.uditrust.identity.CertificateReadResult;
import org.uditrust.identity.DerCodec;
import org.uditrust.identity.DeviceIdentifiers;
import org.uditrust.identity.IdentityBinder;
import org.uditrust.identity.IdentityClaims;
import org.uditrust.identity.IdentityProblem;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.Udi;

/**
 * Device identities: import them from files, bind them to registered devices by their manufacturer's rule, record
 * the ones this installation's provisioning CA issued and the symmetric keys some devices use instead. Every change
 * is audited in its transaction; nothing of a rejected file is stored.
 */
public final class IdentityService {

    private final Transactions transactions;
    private final Clock clock;
    private final IdentityBinder binder;

    public IdentityService(Transactions transactions, Clock clock, ParseOptions options) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.binder = new IdentityBinder(options);
    }

    /**
     * Imports the one end-entity certificate of a file (CA certificates beside it are kept as untrusted
     * intermediates for path building) and, when {@code deviceId} is given, binds it to that device.
     */
    public IdentityImport importIdentity(byte[] content, String sourceName, IdentityKind kind, Long deviceId,
                                         Actor actor) {
        Objects.requireNonNull(kind, "kind");
        if (kind == IdentityKind.SYMMETRIC) {
            throw new IllegalArgumentException("a symmetric key has no certificate file; use recordSharedKey");
        }
        CertificateReadResult read = CertificateFiles.read(content, sourceName, null);
        if (read instanceof CertificateReadResult.Rejected) {
            return new IdentityImport.Rejected(((CertificateReadResult.Rejected) read).problem());
        }
        List<X509Certificate> all = ((CertificateReadResult.Read) read).certificates();
        List<X509Certificate> leaves = all.stream().filter(c -> c.getBasicConstraints() < 0).toList();
        if (leaves.size() != 1) {
            return new IdentityImport.Rejected(new IdentityProblem(leaves.isEmpty() ? "identity.no-leaf"
                    : "identity.several-leaves", sourceName, sourceName + " holds " + leaves.size()
                    + " end-entity certificates; a device identity file holds exactly one (and optionally the CA"
                    + " certificates of its chain)."));
        }
        X509Certificate leaf = leaves.get(0);
        CertificateInfo info = CertificateInspector.inspect(leaf);
        List<X509Certificate> cas = all.stream().filter(c -> c.getBasicConstraints() >= 0).toList();
        Instant now = clock.instant();
        return transactions.write(repos -> {
            if (repos.identities().byFingerprint(info.sha256Fingerprint()).isPresent()) {
                return new IdentityImport.Rejected(new IdentityProblem("identity.known", sourceName,
                        "The certificate in " + sourceName + " (" + info.subject() + ", SHA-256 "
                                + info.sha256Fingerprint() + ") is already stored."));
            }
            if (deviceId != null && repos.devices().byId(deviceId).isEmpty()) {
                return new IdentityImport.Rejected(new IdentityProblem("identity.no-device", "device " + deviceId,
                        "No device with id " + deviceId + "."));
            }
            List<String> intermediates = storeIntermediates(repos, cas, now);
            DeviceIdentity stored = repos.identities().insert(newIdentity(info, DerCodec.der(leaf), kind, now,
                    actor));
            repos.audit().append(actor.auditName(), new AuditChange("identity.import", "identity",
                    Long.toString(stored.id()), null, IdentityAudit.identity(stored)));
            BindResult binding = deviceId == null ? null : bind(repos, deviceId, stored, actor);
            DeviceIdentity current = binding instanceof BindResult.Checked
                    ? ((BindResult.Checked) binding).identity() : stored;
            return new IdentityImport.Imported(current, binding, intermediates);
        });
    }

    private static List<String> storeIntermediates(Repositories repos, List<X509Certificate> cas, Instant now) {
        List<String> stored = new ArrayList<>();
        for (X509Certificate ca : cas) {
            byte[] der = DerCodec.der(ca);
            String fingerprint = DerCodec.sha256(der);
            CertificateInfo info = CertificateInspector.inspect(ca);
            if (repos.trust().anchorByFingerprint(fingerprint).isEmpty()
                    && repos.trust().insertIntermediate(fingerprint, info.subject(), info.issuer(), der, now)) {
                stored.add(fingerprint);
            }
        }
        return stored;
    }

    private static DeviceIdentity newIdentity(CertificateInfo info, byte[] der, IdentityKind kind, Instant now,
                                              Actor actor) {
        return new DeviceIdentity(0, null, kind, BindingState.UNBOUND, null, info.subject(), info.issuer(),
                info.serialHex(), info.sha256Fingerprint(), info.publicKeySha256(), info.keyAlgorithm(),
                info.keyBits(), info.notBefore(), info.notAfter(), null, null, der, ValidationState.NOT_VALIDATED,
                null, null, null, now, actor.auditName(), 1);
    }

    /** Binds the identity with {@code fingerprint} (or a unique prefix of it) to a device. */
    public BindResult bind(long deviceId, String fingerprint, Actor actor) {
        return transactions.write(repos -> {
            Optional<DeviceIdentity> identity = find(repos, fingerprint);
            if (identity.isEmpty()) {
                return new BindResult.Impossible(new IdentityProblem("identity.unknown", fingerprint,
                        "No stored identity has the fingerprint " + fingerprint + " (or it is not unique)."));
            }
            if (repos.devices().byId(deviceId).isEmpty()) {
                return new BindResult.Impossible(new IdentityProblem("identity.no-device", "device " + deviceId,
                        "No device with id " + deviceId + "."));
            }
            return bind(repos, deviceId, identity.get(), actor);
        });
    }

    private BindResult bind(Repositories repos, long deviceId, DeviceIdentity identity, Actor actor) {
        Device device = repos.devices().byId(deviceId).orElseThrow();
        if (identity.der() == null) {
            return new BindResult.Impossible(new IdentityProblem("identity.no-certificate", identity.fingerprint(),
                    "A symmetric key asserts no UDI and cannot be bound by a rule."));
        }
        Optional<BindingRule> rule = ruleFor(repos, device.di());
        if (rule.isEmpty()) {
            return new BindResult.Impossible(new IdentityProblem("identity.no-rule", device.di(),
                    "No binding rule applies to DI " + device.di() + ": pin the manufacturer's anchor to the model"
                            + " (or import its GUDID record) and set the manufacturer's binding rule."));
        }
        if (identity.binding() == BindingState.BOUND && identity.deviceId() != null
                && identity.deviceId() != deviceId) {
            return new BindResult.Impossible(new IdentityProblem("identity.bound-elsewhere", identity.fingerprint(),
                    "The identity is already bound to device " + identity.deviceId() + "."));
        }
        CertificateInfo info = CertificateInspector.inspect(DerCodec.certificate(identity.der()));
        IdentityClaims claims = binder.claims(info, rule.get());
        BindingOutcome outcome = IdentityBinder.check(claims, device.di(), device.serial());
        DeviceIdentity after;
        if (outcome instanceof BindingOutcome.Bound) {
            after = identity.withBinding(deviceId, BindingState.BOUND, null, claims.di(), claims.serial());
        } else if (outcome instanceof BindingOutcome.Conflicting) {
            // Recorded against the device it contradicts (so the device shows it), but never bound.
            after = identity.withBinding(deviceId, BindingState.CONFLICTING,
                    ((BindingOutcome.Conflicting) outcome).message(), claims.di(), claims.serial());
        } else {
            after = identity.withBinding(identity.binding() == BindingState.BOUND ? identity.deviceId() : null,
                    identity.binding() == BindingState.BOUND ? BindingState.BOUND : BindingState.UNBOUND,
                    ((BindingOutcome.NotAsserted) outcome).reason(), claims.di(), claims.serial());
        }
        DeviceIdentity saved = repos.identities().update(after);
        repos.audit().append(actor.auditName(), new AuditChange("identity.bind", "identity",
                Long.toString(saved.id()), IdentityAudit.identity(identity), IdentityAudit.identity(saved)));
        return new BindResult.Checked(saved, outcome);
    }

    /**
     * The binding rule for model {@code di}: the rule of a manufacturer whose anchor is pinned to it, else the rule
     * of the GUDID labeler of the model.
     */
    static Optional<BindingRule> ruleFor(Repositories repos, String di) {
        Set<String> manufacturers = new LinkedHashSet<>();
        repos.trust().anchorsPinnedTo(DeviceIdentifiers.normalize(di)).forEach(a -> manufacturers.add(a.manufacturer()));
        repos.models().byDi(di).ifPresent(m -> {
            if (m.companyName() != null) {
                manufacturers.add(m.companyName());
            }
        });
        for (String m : manufacturers) {
            Optional<BindingRule> rule = repos.trust().rule(m);
            if (rule.isPresent()) {
                return rule;
            }
        }
        return Optional.empty();
    }

    /** The identity whose fingerprint is, or uniquely starts with, {@code fingerprint}. */
    public Optional<DeviceIdentity> find(String fingerprint) {
        return transactions.read(repos -> find(repos, fingerprint));
    }

    private static Optional<DeviceIdentity> find(Repositories repos, String fingerprint) {
        String prefix = Fingerprints.normalize(fingerprint);
        if (prefix.length() < Fingerprints.MIN_PREFIX) {
            return Optional.empty();
        }
        List<DeviceIdentity> matches = repos.identities().byFingerprintPrefix(prefix, 2);
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** Every identity held for a device (bound or conflicting), oldest first. */
    public List<DeviceIdentity> ofDevice(long deviceId) {
        return transactions.read(repos -> repos.identities().ofDevice(deviceId));
    }

    /** The decoded certificate of a stored identity, or empty for a symmetric key. */
    public Optional<CertificateInfo> inspect(DeviceIdentity identity) {
        return identity.der() == null ? Optional.empty()
                : Optional.of(CertificateInspector.inspect(DerCodec.certificate(identity.der())));
    }

    /**
     * Records that a device authenticates with a symmetric or shared key named {@code keyId} (never the key
     * itself): such a device is reported as having a weak identity, and two devices with one key id as clones.
     */
    public DeviceIdentity recordSharedKey(long deviceId, String keyId, Actor actor) {
        if (keyId == null || keyId.isBlank() || keyId.length() > 256) {
            throw new IllegalArgumentException("a key id is 1 to 256 characters");
        }
        String id = keyId.strip();
        String keyHash = DerCodec.sha256(("symmetric-key|" + id).getBytes(StandardCharsets.UTF_8));
        String fingerprint = DerCodec.sha256(("symmetric-key|" + deviceId + "|" + id)
                .getBytes(StandardCharsets.UTF_8));
        Instant now = clock.instant();
        return transactions.write(repos -> {
            repos.devices().byId(deviceId)
                    .orElseThrow(() -> new IllegalArgumentException("No device with id " + deviceId + "."));
            Optional<DeviceIdentity> known = repos.identities().byFingerprint(fingerprint);
            if (known.isPresent()) {
                return known.get();
            }
            DeviceIdentity stored = repos.identities().insert(new DeviceIdentity(0, deviceId, IdentityKind.SYMMETRIC,
                    BindingState.BOUND, "recorded by hand", "symmetric key " + id, "", "", fingerprint, keyHash,
                    "SYMMETRIC", 0, null, null, null, null, null, ValidationState.NOT_VALIDATED, null, null, null,
                    now, actor.auditName(), 1));
            repos.audit().append(actor.auditName(), new AuditChange("identity.symmetric", "identity",
                    Long.toString(stored.id()), null, IdentityAudit.identity(stored)));
            return stored;
        });
    }

    /** What {@link #recordProvisioned} stored. */
    public record Provisioned(Device device, boolean newDevice, DeviceIdentity identity, ProvisioningRecord record) {
    }

    /**
     * Records a device certificate this installation's provisioning CA issued for {@code udi}: registers the
     * device if it is not yet, stores the certificate as its bound {@link IdentityKind#IDEVID} and a provisioning
     * record, all audited in one transaction. The CA wrote the UDI into the certificate by the manufacturer's rule,
     * so the identity is bound without being read back.
     *
     * @param caSubject the issuing CA's subject (for the record)
     * @param batch     the batch name, or null
     */
    public Provisioned recordProvisioned(Udi udi, X509Certificate certificate, String caSubject, String batch,
                                         Actor actor) {
        Objects.requireNonNull(udi, "udi");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(caSubject, "caSubject");
        CertificateInfo info = CertificateInspector.inspect(certificate);
        byte[] der = DerCodec.der(certificate);
        Instant now = clock.instant();
        return transactions.write(repos -> {
            if (repos.identities().byFingerprint(info.sha256Fingerprint()).isPresent()) {
                throw new IllegalArgumentException("Certificate " + info.sha256Fingerprint() + " is already stored.");
            }
            Optional<Device> existing = repos.devices().byUdiKey(UdiKeys.of(udi));
            Device device = existing.orElseGet(() -> DeviceRegistrar.insert(repos, "device.provision", udi,
                    List.of(), DeviceStatus.IN_SERVICE, Location.UNKNOWN, null, null, actor, now));
            DeviceIdentity identity = repos.identities().insert(newIdentity(info, der, IdentityKind.IDEVID, now,
                    actor).withBinding(device.id(), BindingState.BOUND, "issued by " + caSubject,
                    DeviceIdentifiers.normalize(udi.di()), udi.serial()));
            repos.audit().append(actor.auditName(), new AuditChange("identity.provision", "identity",
                    Long.toString(identity.id()), null, IdentityAudit.identity(identity)));
            ProvisioningRecord record = repos.identities().insertProvisioning(new ProvisioningRecord(0, device.id(),
                    identity.id(), caSubject, batch, now, actor.auditName()));
            repos.audit().append(actor.auditName(), new AuditChange("provisioning.record", "provisioning",
                    Long.toString(record.id()), null, IdentityAudit.provisioning(record)));
            return new Provisioned(device, existing.isEmpty(), identity, record);
        });
    }
}
