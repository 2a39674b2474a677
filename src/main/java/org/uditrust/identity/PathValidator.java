package org.uditrust.identity;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.NameConstraintValidatorException;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.asn1.x509.PKIXNameConstraintValidator;

/**
 * RFC 5280 §6 path building and validation, offline. Thread-safe; one instance serves the whole application.
 *
 * <p>Building: from the leaf, issuers are looked up among the anchors first, then the untrusted candidates, by
 * issuer name and (when both are present) authority / subject key identifier; every alternative is tried, up to
 * {@link #MAX_PATHS} complete paths of at most {@link #MAX_DEPTH} certificates. The first path without failures is
 * returned; when none validates, the one with the fewest failures. When no path reaches an anchor, the longest
 * chain found is checked as far as it goes and reported with {@link ValidationRule#NO_TRUST_ANCHOR}.
 *
 * <p>Checked on every certificate: validity at the request's time (anchors too, as openssl does), critical
 * extensions against {@link #KNOWN_EXTENSIONS}, key size; on every non-anchor: its signature with the next
 * certificate's key, name chaining, signature hash, revocation; on every issuer (anchors too): basicConstraints cA
 * (an anchor only when the extension is present), keyUsage keyCertSign, pathLenConstraint, name constraints (DN,
 * DNS, email, URI, IP via Bouncy Castle); on the leaf: the required extended key usages (anyExtendedKeyUsage
 * satisfies any). Not supported: certificate policy processing (policies, mappings and policy constraints are
 * recognized so they may be critical, but the valid-policy tree is not computed), delta and indirect CRLs.
 *
 * <p>Signature verifications that succeeded are cached (bounded, keyed by the signed object's and the issuer
 * key's SHA-256), as are decoded issuer keys; {@link #PathValidator(int, int)} with zeros turns both off.
 */
public final class PathValidator {

    /**
     * Extensions this validator processes or may safely ignore when critical. Policy extensions are here because
     * they are recognized (RFC 5280 allows an application to use an initial policy set of anyPolicy and not
     * require explicit policy); their content is not processed.
     */
    public static final Set<String> KNOWN_EXTENSIONS = Set.of(
            "2.5.29.19",   // basicConstraints
            "2.5.29.15",   // keyUsage
            "2.5.29.37",   // extKeyUsage
            "2.5.29.17",   // subjectAltName
            "2.5.29.30",   // nameConstraints
            "2.5.29.32",   // certificatePolicies
            "2.5.29.36",   // policyConstraints
            "2.5.29.54",   // inhibitAnyPolicy
            "2.5.29.33",   // policyMappings
            "2.5.29.14",   // subjectKeyIdentifier
            "2.5.29.35",   // authorityKeyIdentifier
            "2.5.29.18",   // issuerAltName
            "2.5.29.31",   // cRLDistributionPoints (used only to find CRLs; never blocks)
            "1.3.6.1.5.5.7.1.1");  // authorityInfoAccess

    /** Longest path tried, leaf and anchor included. */
    public static final int MAX_DEPTH = 10;
    /** Complete paths tried before giving up on finding a valid one. */
    public static final int MAX_PATHS = 16;
    /** Untrusted candidates tried while building, over all branches. */
    public static final int MAX_STEPS = 1000;

    private static final String ANY_EKU = "2.5.29.37.0";
    private static final int KEY_CERT_SIGN = 5;

    private final SignatureVerifier verifier;

    /** With the default caches: 10,000 verified signatures and 256 decoded issuer keys. */
    public PathValidator() {
        this(10_000, 256);
    }

    /**
     * @param verifiedSignatures how many successful signature verifications to remember (0: none)
     * @param issuerKeys         how many decoded issuer public keys to keep (0: decode every time)
     */
    public PathValidator(int verifiedSignatures, int issuerKeys) {
        this.verifier = new SignatureVerifier(verifiedSignatures, issuerKeys);
    }

    public PathValidation validate(ValidationRequest request) {
        CertFacts leaf = new CertFacts(request.leaf());
        Candidates anchors = new Candidates(request.anchors());
        List<X509Certificate> others = new ArrayList<>();
        for (X509Certificate u : request.untrusted()) {
            if (!request.anchors().contains(u) && !u.equals(leaf.cert)) {
                others.add(u);
            }
        }
        Candidates untrusted = new Candidates(others);
        RevocationChecker revocation = new RevocationChecker(request, verifier);

        List<List<CertFacts>> complete = new ArrayList<>();
        List<CertFacts> longest = new ArrayList<>();
        if (request.anchors().contains(leaf.cert)) {
            complete.add(List.of(leaf));
        } else {
            List<CertFacts> path = new ArrayList<>();
            path.add(leaf);
            new Builder(anchors, untrusted, complete, longest).extend(path);
        }

        List<CertFacts> bestPath = null;
        Findings best = null;
        for (List<CertFacts> path : complete) {
            Findings f = check(path, true, request, revocation, anchors, untrusted);
            if (!f.hasFailure()) {
                return new PathValidation.Valid(certificates(path), f.sorted());
            }
            if (best == null || f.failureCount() < best.failureCount()) {
                best = f;
                bestPath = path;
            }
        }
        if (best == null) {
            bestPath = longest;
            best = check(longest, false, request, revocation, anchors, untrusted);
        }
        return new PathValidation.Invalid(certificates(bestPath), best.sorted());
    }

    /**
     * Certificates that may issue others, decoded only when their subject is an issuer name the path needs (an
     * application may hold many anchors; a path touches a few).
     */
    private static final class Candidates {
        private final List<X509Certificate> certs;
        private final List<X500Principal> subjects;
        private final CertFacts[] facts;

        Candidates(List<X509Certificate> certs) {
            this.certs = certs;
            this.subjects = new ArrayList<>(certs.size());
            for (X509Certificate c : certs) {
                subjects.add(c.getSubjectX500Principal());
            }
            this.facts = new CertFacts[certs.size()];
        }

        /** Every candidate whose subject is {@code name}, in the order given. */
        List<CertFacts> named(X500Principal name) {
            List<CertFacts> found = new ArrayList<>(2);
            for (int k = 0; k < facts.length; k++) {
                if (subjects.get(k).equals(name)) {
                    if (facts[k] == null) {
                        facts[k] = new CertFacts(certs.get(k));
                    }
                    found.add(facts[k]);
                }
            }
            return found;
        }
    }

    private static boolean contains(List<CertFacts> list, CertFacts c) {
        for (CertFacts x : list) {
            if (x.cert == c.cert || x.cert.equals(c.cert)) {
                return true;
            }
        }
        return false;
    }

    private static List<X509Certificate> certificates(List<CertFacts> path) {
        List<X509Certificate> list = new ArrayList<>(path.size());
        for (CertFacts c : path) {
            list.add(c.cert);
        }
        return list;
    }

    /**
     * Depth-first: every anchor that may have issued the top, then every untrusted candidate that may have. A
     * budget of {@link #MAX_STEPS} extensions keeps a hostile set of same-named candidates from exploding.
     */
    private static final class Builder {
        private final Candidates anchors;
        private final Candidates untrusted;
        private final List<List<CertFacts>> complete;
        private final List<CertFacts> longest;
        private int steps;

        Builder(Candidates anchors, Candidates untrusted, List<List<CertFacts>> complete, List<CertFacts> longest) {
            this.anchors = anchors;
            this.untrusted = untrusted;
            this.complete = complete;
            this.longest = longest;
        }

        void extend(List<CertFacts> path) {
            CertFacts top = path.get(path.size() - 1);
            boolean extended = false;
            for (CertFacts a : anchors.named(top.issuer)) {
                if (complete.size() < MAX_PATHS && top.mayBeIssuedBy(a) && !contains(path, a)) {
                    List<CertFacts> done = new ArrayList<>(path);
                    done.add(a);
                    complete.add(done);
                    extended = true;
                }
            }
            if (path.size() < MAX_DEPTH - 1) {
                for (CertFacts u : untrusted.named(top.issuer)) {
                    if (complete.size() < MAX_PATHS && steps < MAX_STEPS && top.mayBeIssuedBy(u)
                            && !contains(path, u)) {
                        steps++;
                        path.add(u);
                        extend(path);
                        path.remove(path.size() - 1);
                        extended = true;
                    }
                }
            }
            if (!extended && path.size() > longest.size()) {
                longest.clear();
                longest.addAll(path);
            }
        }
    }

    private Findings check(List<CertFacts> path, boolean anchored, ValidationRequest request,
                           RevocationChecker revocation, Candidates anchors, Candidates untrusted) {
        Findings findings = new Findings();
        int last = path.size() - 1;
        Instant at = request.at();
        AlgorithmPolicy policy = request.policy();
        for (int i = 0; i <= last; i++) {
            CertFacts c = path.get(i);
            boolean anchor = anchored && i == last;
            if (c.malformed != null) {
                findings.fail(i, c, ValidationRule.MALFORMED, Findings.name(i, c) + " is malformed: " + c.malformed
                        + ".");
            }
            validity(i, c, at, findings);
            criticalExtensions(i, c, findings);
            keyStrength(i, c, policy, findings);
            if (!anchor) {
                signatureHash(i, c, policy, findings);
            }
            if (i < last) {
                CertFacts issuer = path.get(i + 1);
                if (!c.issuer.equals(issuer.subject)) {
                    findings.fail(i, c, ValidationRule.NAME_CHAINING, Findings.name(i, c) + " names its issuer "
                            + Der.name(c.issuer) + " but the next certificate is " + issuer.subjectText() + ".");
                }
                signature(i, c, i + 1, issuer, findings);
            }
            if (i > 0) {
                issuerRole(i, c, anchor, findings);
            }
            if (!anchored && i == last) {
                findings.fail(i, c, ValidationRule.NO_TRUST_ANCHOR, noAnchor(i, c, anchors, untrusted));
            }
        }
        pathLength(path, anchored, findings);
        nameConstraints(path, anchored, findings);
        extendedKeyUsage(path.get(0), request.requiredEkus(), findings);
        if (request.revocation() != RevocationMode.NONE) {
            for (int i = 0; i < last; i++) {
                revocation.check(i, path.get(i), i + 1, path.get(i + 1), findings);
            }
        }
        return findings;
    }

    private static void validity(int i, CertFacts c, Instant at, Findings findings) {
        Instant notBefore = c.cert.getNotBefore().toInstant();
        Instant notAfter = c.cert.getNotAfter().toInstant();
        if (at.isBefore(notBefore)) {
            findings.fail(i, c, ValidationRule.NOT_YET_VALID, Findings.name(i, c) + " is not yet valid at " + at
                    + ": its validity starts " + notBefore + ".");
        } else if (at.isAfter(notAfter)) {
            findings.fail(i, c, ValidationRule.EXPIRED, Findings.name(i, c) + " had expired at " + at
                    + ": its validity ended " + notAfter + ".");
        }
    }

    private static void criticalExtensions(int i, CertFacts c, Findings findings) {
        Set<String> unknown = new TreeSet<>();
        for (String oid : c.criticalOids) {
            if (!KNOWN_EXTENSIONS.contains(oid)) {
                unknown.add(oid);
            }
        }
        if (!unknown.isEmpty()) {
            List<String> named = new ArrayList<>();
            for (String oid : unknown) {
                String name = CertificateInspector.EXTENSION_NAMES.get(oid);
                named.add(name == null ? oid : name + " (" + oid + ")");
            }
            findings.fail(i, c, ValidationRule.UNKNOWN_CRITICAL_EXTENSION, Findings.name(i, c)
                    + " has a critical extension this validator does not process: " + String.join(", ", named)
                    + "; RFC 5280 requires rejecting it.");
        }
    }

    private static void keyStrength(int i, CertFacts c, AlgorithmPolicy policy, Findings findings) {
        Algorithms.KeyFacts key = Algorithms.key(c.spki);
        int min;
        if (key.algorithm().equals("RSA") || key.algorithm().equals("DSA")) {
            min = policy.minRsaBits();
        } else if (key.algorithm().equals("EC")) {
            min = policy.minEcBits();
        } else {
            return;
        }
        if (key.bits() < min) {
            findings.add(i, c, ValidationRule.WEAK_KEY, Findings.name(i, c) + " has a " + key.bits() + "-bit "
                    + key.algorithm() + " key; the algorithm policy requires at least " + min + " bits.",
                    !policy.rejectWeak());
        }
    }

    private static void signatureHash(int i, CertFacts c, AlgorithmPolicy policy, Findings findings) {
        String weak = Algorithms.weakHash(c.cert.getSigAlgOID());
        if (weak == null || (weak.equals("SHA-1") ? !policy.rejectSha1() : !policy.rejectMd5())) {
            return;
        }
        findings.add(i, c, ValidationRule.WEAK_ALGORITHM, Findings.name(i, c) + " is signed with "
                + c.cert.getSigAlgName() + "; " + weak + " signatures can be forged and the algorithm policy "
                + "rejects them.", !policy.rejectWeak());
    }

    private void signature(int i, CertFacts c, int issuerIndex, CertFacts issuer, Findings findings) {
        SignatureVerifier.Result r = verifier.verify(c::der, c::tbs, c.cert.getSigAlgOID(),
                c.cert.getSigAlgParams(), c.cert.getSignature(), issuer.spki);
        if (r == SignatureVerifier.Result.INVALID) {
            findings.fail(i, c, ValidationRule.SIGNATURE, Findings.name(i, c) + " has a signature that does not "
                    + "verify with the public key of " + Findings.name(issuerIndex, issuer)
                    + ": it was altered or signed by another key.");
        } else if (r == SignatureVerifier.Result.UNSUPPORTED) {
            findings.fail(i, c, ValidationRule.SIGNATURE, Findings.name(i, c) + " is signed with "
                    + c.cert.getSigAlgName() + " (" + c.cert.getSigAlgOID() + "), which cannot be verified here.");
        }
    }

    private static void issuerRole(int i, CertFacts c, boolean anchor, Findings findings) {
        if (!c.isCa() && (!anchor || c.hasBasicConstraints)) {
            findings.fail(i, c, ValidationRule.BASIC_CONSTRAINTS, Findings.name(i, c) + " issued certificate "
                    + (i - 1) + " but is not a CA: " + (c.hasBasicConstraints ? "basicConstraints cA is false"
                    : "it has no basicConstraints extension") + ".");
        }
        if (!c.allows(KEY_CERT_SIGN)) {
            findings.fail(i, c, ValidationRule.KEY_USAGE, Findings.name(i, c) + " issued certificate " + (i - 1)
                    + " but its keyUsage lacks keyCertSign.");
        }
    }

    /** RFC 5280 §6.1.4 (l), (m): walking down from the anchor, each non-self-issued intermediate uses one step. */
    private static void pathLength(List<CertFacts> path, boolean anchored, Findings findings) {
        int last = path.size() - 1;
        long max = Long.MAX_VALUE;
        int setBy = -1;
        for (int i = last; i >= 1; i--) {
            CertFacts c = path.get(i);
            boolean anchor = anchored && i == last;
            if (!anchor && !c.selfIssued) {
                if (max <= 0) {
                    CertFacts limiter = path.get(setBy);
                    findings.fail(i, c, ValidationRule.PATH_LENGTH, Findings.name(i, c) + " is one CA too many: "
                            + Findings.name(setBy, limiter) + " allows " + limiter.basicConstraints
                            + " intermediate CA" + (limiter.basicConstraints == 1 ? "" : "s")
                            + " below it (pathLenConstraint).");
                    return;
                }
                max--;
            }
            if (c.isCa() && c.basicConstraints != Integer.MAX_VALUE && c.basicConstraints < max) {
                max = c.basicConstraints;
                setBy = i;
            }
        }
    }

    private static void nameConstraints(List<CertFacts> path, boolean anchored, Findings findings) {
        int last = path.size() - 1;
        boolean any = false;
        for (int i = 1; i <= last; i++) {
            any |= path.get(i).cert.getExtensionValue("2.5.29.30") != null;
        }
        if (!any) {
            return;
        }
        PKIXNameConstraintValidator validator = new PKIXNameConstraintValidator();
        for (int i = last; i >= 0; i--) {
            CertFacts c = path.get(i);
            boolean anchor = anchored && i == last;
            if (!anchor && (i == 0 || !c.selfIssued)) {
                String violation = violation(c, validator);
                if (violation != null) {
                    findings.fail(i, c, ValidationRule.NAME_CONSTRAINTS, Findings.name(i, c) + " has the name "
                            + violation + ", outside what the name constraints of the CAs above it allow.");
                }
            }
            if (i > 0) {
                try {
                    NameConstraints nc = c.nameConstraints();
                    if (nc != null) {
                        if (nc.getPermittedSubtrees() != null) {
                            validator.intersectPermittedSubtree(nc.getPermittedSubtrees());
                        }
                        if (nc.getExcludedSubtrees() != null) {
                            for (GeneralSubtree excluded : nc.getExcludedSubtrees()) {
                                validator.addExcludedSubtree(excluded);
                            }
                        }
                    }
                } catch (RuntimeException e) {
                    findings.fail(i, c, ValidationRule.MALFORMED, Findings.name(i, c)
                            + " has a malformed nameConstraints extension.");
                }
            }
        }
    }

    /** The first name of {@code c} outside the constraints, rendered "DNS:…", or null. */
    private static String violation(CertFacts c, PKIXNameConstraintValidator validator) {
        try {
            X500Name subject = X500Name.getInstance(c.subject.getEncoded());
            if (subject.getRDNs().length > 0) {
                try {
                    validator.checkPermittedDN(subject);
                    validator.checkExcludedDN(subject);
                } catch (NameConstraintValidatorException e) {
                    return "DN:" + c.subjectText();
                }
                for (RDN rdn : subject.getRDNs(BCStyle.EmailAddress)) {
                    String email = ((ASN1String) rdn.getFirst().getValue()).getString();
                    GeneralName name = new GeneralName(GeneralName.rfc822Name, email);
                    if (!allowed(validator, name)) {
                        return "email:" + email;
                    }
                }
            }
            byte[] san = c.cert.getExtensionValue("2.5.29.17");
            if (san != null) {
                org.bouncycastle.asn1.x509.GeneralNames names = org.bouncycastle.asn1.x509.GeneralNames.getInstance(
                        org.bouncycastle.asn1.ASN1OctetString.getInstance(san).getOctets());
                for (GeneralName name : names.getNames()) {
                    if (!allowed(validator, name)) {
                        return CertificateInspector.render(name);
                    }
                }
            }
            return null;
        } catch (RuntimeException malformed) {
            return "(unreadable subjectAltName)";
        }
    }

    private static boolean allowed(PKIXNameConstraintValidator validator, GeneralName name) {
        try {
            validator.checkPermitted(name);
            validator.checkExcluded(name);
            return true;
        } catch (NameConstraintValidatorException e) {
            return false;
        }
    }

    private static void extendedKeyUsage(CertFacts leaf, Set<String> required, Findings findings) {
        if (required.isEmpty()) {
            return;
        }
        List<String> eku;
        try {
            eku = leaf.extendedKeyUsage();
        } catch (CertificateParsingException e) {
            findings.fail(0, leaf, ValidationRule.MALFORMED, Findings.name(0, leaf)
                    + " has a malformed extKeyUsage extension.");
            return;
        }
        if (eku == null) {
            findings.fail(0, leaf, ValidationRule.EXTENDED_KEY_USAGE, Findings.name(0, leaf)
                    + " has no extKeyUsage extension, but " + String.join(", ", new TreeSet<>(required))
                    + " is required.");
            return;
        }
        if (eku.contains(ANY_EKU)) {
            return;
        }
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(eku);
        if (!missing.isEmpty()) {
            findings.fail(0, leaf, ValidationRule.EXTENDED_KEY_USAGE, Findings.name(0, leaf)
                    + " lacks the required extended key usage " + String.join(", ", missing) + " (it has "
                    + (eku.isEmpty() ? "none" : String.join(", ", eku)) + ").");
        }
    }

    private static String noAnchor(int i, CertFacts c, Candidates anchors, Candidates untrusted) {
        if (c.selfIssued && c.mayBeIssuedBy(c)) {
            return Findings.name(i, c) + " is self-signed but is not one of the trust anchors.";
        }
        List<CertFacts> all = new ArrayList<>(anchors.named(c.issuer));
        all.addAll(untrusted.named(c.issuer));
        for (CertFacts candidate : all) {
            if (!c.mayBeIssuedBy(candidate)) {
                return Findings.name(i, c) + " was issued by " + Der.name(c.issuer) + "; a certificate of that name "
                        + "is present, but its subject key identifier does not match the authority key identifier, "
                        + "so it holds another key. No path reaches a trust anchor.";
            }
        }
        return Findings.name(i, c) + " was issued by " + Der.name(c.issuer) + ", which is neither a trust anchor "
                + "nor among the untrusted certificates given, so no path reaches a trust anchor.";
    }

}
