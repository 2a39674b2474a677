package org.uditrust.registry;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.uditrust.audit.AuditChange;
import org.uditrust.identity.BindingRule;
import org.uditrust.identity.CertificateFiles;
import org.uditrust.identity.CertificateInfo;
import org.uditrust.identity.CertificateInspector;
import org.uditrust.identity.CertificateReadResult;
import org.uditrust.identity.CrlFacts;
import org.uditrust.identity.DerCodec;
import org.uditrust.identity.DeviceIdentifiers;
import org.uditrust.identity.IdentityProblem;
import org.uditrust.identity.OcspResponseFacts;
import org.uditrust.identity.Parsed;

/**
 * A manufacturer's trust configuration: its anchors and the models they are pinned to, its binding rule, and the
 * revocation data (CRLs, stored OCSP responses). Every change is audited in its transaction; a file is read and
 * checked whole before anything of it is stored.
 */
public final class ManufacturerTrustService {

    private final Transactions transactions;
    private final Clock clock;

    public ManufacturerTrustService(Transactions transactions, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Imports the CA certificates in a file (PEM, DER, PKCS#7, PKCS#12 without keys) as {@code manufacturer}'s
     * anchors. A file holding an end-entity certificate is refused whole: a device certificate is no anchor.
     */
    public TrustImport importAnchors(String manufacturer, byte[] content, String sourceName, Actor actor) {
        return importAnchors(manufacturer, content, sourceName, null, actor);
    }

    /**
     * As {@link #importAnchors(String, byte[], String, Actor)}, opening a PKCS#12 file with {@code pkcs12Password}
     * (null tries the empty password). The password is used to read the file only; it is never stored or logged.
     */
    public TrustImport importAnchors(String manufacturer, byte[] content, String sourceName, char[] pkcs12Password,
                                     Actor actor) {
        if (manufacturer == null || manufacturer.isBlank()) {
            return new TrustImport.Rejected(new IdentityProblem("anchor.no-manufacturer", sourceName,
                    "Name the manufacturer the anchors of " + sourceName + " belong to."));
        }
        CertificateReadResult read = CertificateFiles.read(content, sourceName, pkcs12Password);
        if (read instanceof CertificateReadResult.Rejected) {
            return new TrustImport.Rejected(((CertificateReadResult.Rejected) read).problem());
        }
        List<X509Certificate> certificates = ((CertificateReadResult.Read) read).certificates();
        if (certificates.isEmpty()) {
            return new TrustImport.Rejected(new IdentityProblem("anchor.none", sourceName, sourceName
                    + " holds CRLs but no certificate; import it with the CRL import."));
        }
        for (int i = 0; i < certificates.size(); i++) {
            if (certificates.get(i).getBasicConstraints() < 0) {
                return new TrustImport.Rejected(new IdentityProblem("anchor.not-ca", "certificate " + (i + 1),
                        "Certificate " + (i + 1) + " of " + sourceName + " ("
                                + CertificateInspector.inspect(certificates.get(i)).subject()
                                + ") is not a CA certificate (basicConstraints cA is not true); import device"
                                + " certificates as identities, not anchors."));
            }
        }
        String name = manufacturer.strip();
        Instant now = clock.instant();
        return transactions.write(repos -> {
            List<String> stored = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            for (X509Certificate c : certificates) {
                byte[] der = DerCodec.der(c);
                String fingerprint = DerCodec.sha256(der);
                Optional<TrustAnchor> known = repos.trust().anchorByFingerprint(fingerprint);
                if (known.isPresent()) {
                    skipped.add("Already an anchor of " + known.get().manufacturer() + ": " + known.get().subject()
                            + " (" + fingerprint + ")");
                    continue;
                }
                CertificateInfo info = CertificateInspector.inspect(c);
                TrustAnchor anchor = repos.trust().insertAnchor(new TrustAnchor(0, name, fingerprint,
                        info.subject(), info.issuer(),
                        c.getNotBefore().toInstant(), c.getNotAfter().toInstant(), der, now, actor.auditName()));
                repos.audit().append(actor.auditName(), new AuditChange("anchor.import", "trust-anchor",
                        fingerprint, null, IdentityAudit.anchor(anchor)));
                stored.add(fingerprint);
            }
            return new TrustImport.Imported(stored, skipped);
        });
    }

    /** Anchors of {@code manufacturer}, or of everyone when null. */
    public List<TrustAnchor> anchors(String manufacturer) {
        return transactions.read(repos -> repos.trust().anchors(manufacturer));
    }

    /** The anchor whose fingerprint is or starts with {@code fingerprint} (at least 8 hex digits), if exactly one. */
    public Optional<TrustAnchor> anchor(String fingerprint) {
        String prefix = Fingerprints.normalize(fingerprint);
        if (prefix.length() < Fingerprints.MIN_PREFIX) {
            return Optional.empty();
        }
        return transactions.read(repos -> {
            List<TrustAnchor> matches = repos.trust().anchors(null).stream()
                    .filter(a -> a.fingerprint().startsWith(prefix)).toList();
            return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
        });
    }

    public List<AnchorPin> pins(long anchorId) {
        return transactions.read(repos -> repos.trust().pinsOf(anchorId));
    }

    /** Lets {@code anchor} vouch for model {@code di}; false when it already did. */
    public boolean pin(TrustAnchor anchor, String di, Actor actor) {
        String normalized = DeviceIdentifiers.normalize(di);
        return transactions.write(repos -> {
            boolean added = repos.trust().pin(new AnchorPin(anchor.id(), normalized, clock.instant(),
                    actor.auditName()));
            if (added) {
                repos.audit().append(actor.auditName(), new AuditChange("anchor.pin", "anchor-pin",
                        anchor.fingerprint() + "|" + normalized, null, IdentityAudit.pin(anchor, normalized)));
            }
            return added;
        });
    }

    /** Withdraws a pin; false when there was none. */
    public boolean unpin(TrustAnchor anchor, String di, Actor actor) {
        String normalized = DeviceIdentifiers.normalize(di);
        return transactions.write(repos -> {
            boolean removed = repos.trust().unpin(anchor.id(), normalized);
            if (removed) {
                repos.audit().append(actor.auditName(), new AuditChange("anchor.unpin", "anchor-pin",
                        anchor.fingerprint() + "|" + normalized, IdentityAudit.pin(anchor, normalized), null));
            }
            return removed;
        });
    }

    /** Sets (or replaces) the binding rule of its manufacturer. */
    public void setRule(BindingRule rule, Actor actor) {
        transactions.write(repos -> {
            Optional<BindingRule> before = repos.trust().rule(rule.manufacturer());
            repos.trust().saveRule(rule, clock.instant(), actor.auditName());
            repos.audit().append(actor.auditName(), new AuditChange(before.isPresent() ? "rule.update" : "rule.set",
                    "binding-rule", rule.manufacturer(), before.map(IdentityAudit::rule).orElse(null),
                    IdentityAudit.rule(rule)));
            return null;
        });
    }

    public Optional<BindingRule> rule(String manufacturer) {
        return transactions.read(repos -> repos.trust().rule(manufacturer));
    }

    public List<BindingRule> rules() {
        return transactions.read(repos -> repos.trust().rules());
    }

    public List<StoredCrl> crls() {
        return transactions.read(repos -> repos.trust().crls());
    }

    /** Imports the CRLs of a file, keeping per issuer only the newest (by cRLNumber, else thisUpdate). */
    public TrustImport importCrls(byte[] content, String sourceName, Actor actor) {
        CertificateReadResult read = CertificateFiles.read(content, sourceName, null);
        if (read instanceof CertificateReadResult.Rejected) {
            return new TrustImport.Rejected(((CertificateReadResult.Rejected) read).problem());
        }
        List<X509CRL> crls = ((CertificateReadResult.Read) read).crls();
        if (crls.isEmpty()) {
            return new TrustImport.Rejected(new IdentityProblem("crl.none", sourceName, sourceName
                    + " holds no CRL."));
        }
        List<CrlFacts> facts = new ArrayList<>();
        for (int i = 0; i < crls.size(); i++) {
            Parsed<CrlFacts> parsed = CrlFacts.read(crls.get(i), sourceName + " CRL " + (i + 1));
            if (parsed instanceof Parsed.Failed) {
                return new TrustImport.Rejected(((Parsed.Failed<CrlFacts>) parsed).problem());
            }
            facts.add(((Parsed.Ok<CrlFacts>) parsed).value());
        }
        Instant now = clock.instant();
        return transactions.write(repos -> {
            List<String> stored = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            for (CrlFacts f : facts) {
                Optional<StoredCrl> current = repos.trust().crlOf(f.issuer());
                if (current.isPresent() && !f.newerThan(current.get().crlNumberHex() == null ? null
                        : new java.math.BigInteger(current.get().crlNumberHex(), 16), current.get().thisUpdate())) {
                    skipped.add("Not newer than the stored CRL of " + f.issuer() + " (number "
                            + current.get().crlNumberHex() + ", thisUpdate " + current.get().thisUpdate() + ")");
                    continue;
                }
                StoredCrl crl = repos.trust().saveCrl(new StoredCrl(0, f.issuer(),
                        f.crlNumber() == null ? null : f.crlNumber().toString(16), f.thisUpdate(), f.nextUpdate(),
                        f.sha256(), f.der(), now, actor.auditName()));
                repos.audit().append(actor.auditName(), new AuditChange(current.isPresent() ? "crl.replace"
                        : "crl.import", "crl", f.issuer(), current.map(IdentityAudit::crl).orElse(null),
                        IdentityAudit.crl(crl)));
                stored.add(f.issuer());
            }
            return new TrustImport.Imported(stored, skipped);
        });
    }

    /** Stores a saved OCSP response (DER) for offline revocation checking. */
    public TrustImport importOcspResponse(byte[] content, String sourceName, Actor actor) {
        Parsed<OcspResponseFacts> parsed = OcspResponseFacts.read(content, sourceName);
        if (parsed instanceof Parsed.Failed) {
            return new TrustImport.Rejected(((Parsed.Failed<OcspResponseFacts>) parsed).problem());
        }
        OcspResponseFacts f = ((Parsed.Ok<OcspResponseFacts>) parsed).value();
        return transactions.write(repos -> {
            StoredOcspResponse r = new StoredOcspResponse(0, f.sha256(), f.producedAt(), f.der(), clock.instant(),
                    actor.auditName());
            if (!repos.trust().insertOcspResponse(r)) {
                return new TrustImport.Imported(List.of(), List.of("Already stored: OCSP response " + f.sha256()));
            }
            repos.audit().append(actor.auditName(), new AuditChange("ocsp.import", "ocsp-response", f.sha256(), null,
                    IdentityAudit.ocsp(r)));
            return new TrustImport.Imported(List.of(f.sha256()), List.of());
        });
    }
}
