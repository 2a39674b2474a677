package org.uditrust.registry;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.uditrust.audit.AuditChange;
import org.uditrust.identity.AlgorithmPolicy;
import org.uditrust.identity.CertificateInfo;
import org.uditrust.identity.CertificateInspector;
import org.uditrust.identity.CloneDetector;
import org.uditrust.identity.CloneFinding;
import org.uditrust.identity.DerCodec;
import org.uditrust.identity.IdentityFact;
import org.uditrust.identity.PathValidation;
import org.uditrust.identity.PathValidator;
import org.uditrust.identity.RevocationMode;
import org.uditrust.identity.ValidationFailure;
import org.uditrust.identity.ValidationRequest;
import org.uditrust.identity.ValidationRule;

/**
 * Validates stored identities against their manufacturers' anchors — only the anchors pinned to the device's model,
 * so a manufacturer's root that is not pinned to a model never validates a device of that model — with the stored
 * intermediates, CRLs and OCSP responses, at the clock's time; and answers the life-cycle questions: clones,
 * certificates expiring soon, revoked ones, devices with a missing or weak identity. A change of validation state
 * is stored with its audit entry.
 */
public final class IdentityValidationService {

    /** Identities validated per page when re-validating all (one write transaction per page). */
    static final int PAGE = 2_000;

    private final Transactions transactions;
    private final Clock clock;
    private final PathValidator validator;
    private final RevocationMode revocation;
    private final AlgorithmPolicy policy;

    public IdentityValidationService(Transactions transactions, Clock clock, PathValidator validator) {
        this(transactions, clock, validator, RevocationMode.BEST_EFFORT, AlgorithmPolicy.DEFAULT);
    }

    public IdentityValidationService(Transactions transactions, Clock clock, PathValidator validator,
                                     RevocationMode revocation, AlgorithmPolicy policy) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.revocation = Objects.requireNonNull(revocation, "revocation");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Validates every certificate identity held for a device (bound or not), storing the outcomes. */
    public List<IdentityCheck> validateDevice(long deviceId, Actor actor) {
        return transactions.write(repos -> {
            Device device = repos.devices().byId(deviceId)
                    .orElseThrow(() -> new IllegalArgumentException("No device with id " + deviceId + "."));
            TrustMaterial trust = TrustMaterial.load(repos);
            Instant at = clock.instant();
            List<IdentityCheck> checks = new ArrayList<>();
            for (DeviceIdentity identity : repos.identities().ofDevice(deviceId)) {
                if (identity.der() == null) {
                    continue;
                }
                Outcome outcome = validate(identity, device.di(), trust, at);
                DeviceIdentity stored = store(repos, identity, outcome, at, actor);
                checks.add(new IdentityCheck(stored == null ? identity : stored, chain(outcome), outcome.findings));
            }
            return checks;
        });
    }

    /**
     * Re-validates every stored certificate identity at the clock's time, page by page, reporting the number done
     * to {@code progress} after each page and stopping (after the page) when {@code cancelled} says so. Pages are
     * validated on all cores, and the next page is validated while the changes of the one before are written (SQLite
     * has one writer: the write runs beside the validation instead of after it). Only changed states are written,
     * each with its audit entry.
     */
    public RevalidationSummary revalidateAll(Actor actor, LongConsumer progress, BooleanSupplier cancelled) {
        TrustMaterial trust = transactions.read(TrustMaterial::load);
        Instant at = clock.instant();
        long[] counts = new long[5]; // checked, valid, invalid, revoked, changed
        List<DeviceIdentity> page = nextPage(0);
        CompletableFuture<List<Outcome>> pending = validateAsync(page, trust, at);
        while (!page.isEmpty()) {
            List<Outcome> outcomes = pending.join();
            List<DeviceIdentity> certificates = certificates(page);
            boolean stop = cancelled.getAsBoolean();
            List<DeviceIdentity> next = stop ? List.of() : nextPage(page.get(page.size() - 1).id());
            pending = validateAsync(next, trust, at);
            counts[4] += transactions.write(repos -> {
                long n = 0;
                for (int i = 0; i < certificates.size(); i++) {
                    if (store(repos, certificates.get(i), outcomes.get(i), at, actor) != null) {
                        n++;
                    }
                }
                return n;
            });
            for (Outcome o : outcomes) {
                counts[o.state == ValidationState.VALID ? 1 : o.state == ValidationState.REVOKED ? 3 : 2]++;
            }
            counts[0] += certificates.size();
            progress.accept(counts[0]);
            if (stop) {
                return new RevalidationSummary(counts[0], counts[1], counts[2], counts[3], counts[4], true);
            }
            page = next;
        }
        return new RevalidationSummary(counts[0], counts[1], counts[2], counts[3], counts[4],
                false);
    }

    private List<DeviceIdentity> nextPage(long afterId) {
        return transactions.read(repos -> repos.identities().page(afterId, PAGE));
    }

    private static List<DeviceIdentity> certificates(List<DeviceIdentity> page) {
        return page.stream().filter(i -> i.der() != null).toList();
    }

    private CompletableFuture<List<Outcome>> validateAsync(List<DeviceIdentity> page, TrustMaterial trust,
                                                           Instant at) {
        List<DeviceIdentity> certificates = certificates(page);
        return CompletableFuture.supplyAsync(() -> certificates.parallelStream()
                .map(i -> validate(i, i.claimedDi(), trust, at)).toList());
    }

    /** The outcome of one validation, ready to store and draw. */
    private record Outcome(ValidationState state, String rule, String message, List<X509Certificate> path,
                           boolean valid, List<ValidationFailure> findings) {
    }

    private Outcome validate(DeviceIdentity identity, String di, TrustMaterial trust, Instant at) {
        X509Certificate leaf = DerCodec.certificate(identity.der());
        List<X509Certificate> anchors = trust.anchorsFor(di);
        if (anchors.isEmpty()) {
            String why = di == null
                    ? "The identity belongs to no device model, so no trust anchor applies: bind it to a device."
                    : "No trust anchor is pinned to model " + di + ": a manufacturer's root that is not pinned to"
                            + " a model never validates a device of that model.";
            ValidationFailure failure = new ValidationFailure(0, identity.subject(), identity.fingerprint(),
                    ValidationRule.NO_TRUST_ANCHOR, why, false);
            return new Outcome(ValidationState.INVALID, ValidationRule.NO_TRUST_ANCHOR.code(), why, List.of(leaf),
                    false, List.of(failure));
        }
        PathValidation result = validator.validate(new ValidationRequest(leaf, trust.untrusted(), anchors,
                trust.crls(), trust.ocspResponses(), at, Set.of(), revocation, policy));
        List<ValidationFailure> findings = new ArrayList<>(result.findings());
        findings.sort(Comparator.comparing(ValidationFailure::warningOnly));
        boolean valid = result instanceof PathValidation.Valid;
        if (valid) {
            String warning = findings.isEmpty() ? null : findings.get(0).message();
            return new Outcome(ValidationState.VALID, null, warning, result.path(), true, findings);
        }
        ValidationFailure first = findings.get(0);
        boolean isRevoked = findings.stream().anyMatch(f -> !f.warningOnly() && f.rule() == ValidationRule.REVOKED);
        return new Outcome(isRevoked ? ValidationState.REVOKED : ValidationState.INVALID, first.rule().code(),
                first.message(), result.path(), false, findings);
    }

    /** The path root first, each link with its findings (decoded here only: re-validating all does not draw). */
    private static List<ChainLink> chain(Outcome outcome) {
        List<X509Certificate> path = outcome.path;
        List<ChainLink> links = new ArrayList<>();
        for (int i = path.size() - 1; i >= 0; i--) {
            CertificateInfo info = CertificateInspector.inspect(path.get(i));
            int index = i;
            links.add(new ChainLink(i, info.subject(), info.sha256Fingerprint(),
                    outcome.valid && i == path.size() - 1 && path.size() > 1,
                    outcome.findings.stream().filter(f -> f.index() == index).toList()));
        }
        return links;
    }

    /** Stores {@code outcome} when it changes the identity's state; returns the stored identity, or null. */
    private static DeviceIdentity store(Repositories repos, DeviceIdentity identity, Outcome outcome, Instant at,
                                        Actor actor) {
        if (identity.validation() == outcome.state && Objects.equals(identity.validationRule(), outcome.rule)
                && Objects.equals(identity.validationMessage(), outcome.message)) {
            return null;
        }
        if (!repos.identities().updateValidation(identity.id(), identity.version(), outcome.state, outcome.rule,
                outcome.message, at)) {
            // Changed (bound, re-imported) while being validated: its next validation will see the new state.
            return null;
        }
        DeviceIdentity saved = identity.withValidation(outcome.state, outcome.rule, outcome.message,
                at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS)).withVersion(identity.version() + 1);
        repos.audit().append(actor.auditName(), new AuditChange("identity.validate", "identity",
                Long.toString(saved.id()), IdentityAudit.identity(identity), IdentityAudit.identity(saved)));
        return saved;
    }

    /** Clone findings among every stored identity (bound device ids only). */
    public List<CloneFinding> clones() {
        CloneDetector detector = new CloneDetector();
        forEachIdentity(i -> detector.add(new IdentityFact(i.fingerprint(), i.publicKeySha256(), i.issuer(),
                i.serialHex(), i.binding() == BindingState.BOUND ? i.deviceId() : null, i.claimedDi(),
                i.claimedSerial())));
        return detector.findings();
    }

    /** Certificates whose validity ends within {@code days} days from now, soonest first. */
    public List<DeviceIdentity> expiring(int days, int limit) {
        if (days < 0) {
            throw new IllegalArgumentException("days must be >= 0");
        }
        Instant now = clock.instant();
        return transactions.read(repos -> repos.identities().expiringBetween(now, now.plus(Duration.ofDays(days)),
                limit));
    }

    /** Identities whose last validation found them revoked. */
    public List<DeviceIdentity> revoked(int limit) {
        return transactions.read(repos -> repos.identities().withValidation(ValidationState.REVOKED, limit));
    }

    /** Devices with no bound identity, by id. */
    public List<Device> devicesWithoutIdentity(int limit) {
        return transactions.read(repos -> repos.identities().devicesWithoutIdentity(limit).stream()
                .map(id -> repos.devices().byId(id).orElseThrow()).toList());
    }

    /** Identities too weak by the policy: symmetric or shared keys, RSA or EC keys under its sizes. */
    public List<WeakIdentity> weak(int limit) {
        List<WeakIdentity> out = new ArrayList<>();
        forEachIdentity(i -> {
            if (out.size() < limit) {
                String reason = weakness(i);
                if (reason != null) {
                    out.add(new WeakIdentity(i, reason));
                }
            }
        });
        return out;
    }

    private String weakness(DeviceIdentity i) {
        if (i.kind() == IdentityKind.SYMMETRIC) {
            return "A symmetric or shared key: anyone holding the key can be the device; it proves nothing.";
        }
        if ("RSA".equals(i.keyAlgorithm()) && i.keyBits() < policy.minRsaBits()) {
            return "RSA key of " + i.keyBits() + " bits, under the " + policy.minRsaBits() + " bits the policy asks.";
        }
        if ("EC".equals(i.keyAlgorithm()) && i.keyBits() < policy.minEcBits()) {
            return "EC key of " + i.keyBits() + " bits, under the " + policy.minEcBits() + " bits the policy asks.";
        }
        if (ValidationRule.WEAK_ALGORITHM.code().equals(i.validationRule())
                || ValidationRule.WEAK_KEY.code().equals(i.validationRule())) {
            return i.validationMessage();
        }
        return null;
    }

    private void forEachIdentity(java.util.function.Consumer<DeviceIdentity> sink) {
        long after = 0;
        while (true) {
            long from = after;
            List<DeviceIdentity> page = transactions.read(repos -> repos.identities().page(from, PAGE));
            if (page.isEmpty()) {
                return;
            }
            page.forEach(sink);
            after = page.get(page.size() - 1).id();
        }
    }
}
