package org.uditrust.identity;

import java.math.BigInteger;
import java.security.cert.CRLReason;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.bc.BcDigestCalculatorProvider;

/**
 * RFC 5280 §6.3 revocation from the CRLs and stored OCSP responses of one request, offline. A CRL counts for a
 * certificate when its issuer name is the certificate's issuer, its authority key identifier (when present) is
 * the issuer's key, its signature verifies with the issuer's key, the issuer may sign CRLs (keyUsage cRLSign when
 * keyUsage is present), thisUpdate ≤ at ≤ nextUpdate, and every critical extension is understood. Delta CRLs,
 * indirect CRLs and CRLs partitioned by reason are not supported: such a CRL is not used, and the finding says so.
 */
final class RevocationChecker {

    private static final Set<String> KNOWN_CRL_EXTENSIONS = Set.of(
            "2.5.29.20",   // cRLNumber
            "2.5.29.35",   // authorityKeyIdentifier
            "2.5.29.28");  // issuingDistributionPoint (scope only: user / CA certificates)
    private static final String DELTA_CRL_INDICATOR = "2.5.29.27";
    private static final String OCSP_SIGNING = "1.3.6.1.5.5.7.3.9";

    private final ValidationRequest request;
    private final SignatureVerifier verifier;
    private List<BasicOCSPResp> ocsp;

    RevocationChecker(ValidationRequest request, SignatureVerifier verifier) {
        this.request = request;
        this.verifier = verifier;
    }

    /** Checks certificate {@code i} of a path, issued by {@code issuer} (certificate i + 1). */
    void check(int i, CertFacts cert, int issuerIndex, CertFacts issuer, Findings findings) {
        RevocationMode mode = request.revocation();
        Instant at = request.at();
        List<String> whyNot = new ArrayList<>();
        boolean known = false;
        for (X509CRL crl : request.crls()) {
            if (!crl.getIssuerX500Principal().equals(cert.issuer)) {
                continue;
            }
            if (!issuer.allows(6)) {
                findings.add(issuerIndex, issuer, ValidationRule.KEY_USAGE, Findings.name(issuerIndex, issuer)
                        + " signed a CRL but its keyUsage lacks cRLSign, so the CRL cannot be used for "
                        + Findings.name(i, cert) + ".", mode != RevocationMode.REQUIRE);
                whyNot.add("its issuer may not sign CRLs");
                continue;
            }
            String unusable = unusable(crl, issuer, at, i > 0 || cert.isCa());
            if (unusable != null) {
                whyNot.add(unusable);
                continue;
            }
            known = true;
            X509CRLEntry entry = crl.getRevokedCertificate(cert.cert.getSerialNumber());
            if (entry != null) {
                CRLReason reason = entry.getRevocationReason();
                if (reason == CRLReason.REMOVE_FROM_CRL) {
                    continue;
                }
                findings.fail(i, cert, ValidationRule.REVOKED, Findings.name(i, cert) + " is revoked: the CRL of "
                        + Der.name(crl.getIssuerX500Principal()) + " issued " + crl.getThisUpdate().toInstant()
                        + " lists it as revoked on " + entry.getRevocationDate().toInstant()
                        + (reason == null ? "" : ", reason " + reasonName(reason)) + ".");
                return;
            }
        }
        OcspOutcome o = ocsp(i, cert, issuer, findings, whyNot);
        if (o == OcspOutcome.REVOKED) {
            return;
        }
        known |= o == OcspOutcome.GOOD;
        if (!known && mode != RevocationMode.NONE) {
            String why = whyNot.isEmpty() ? "there is no CRL or OCSP response from its issuer "
                    + Der.name(cert.issuer) : "no CRL or OCSP response from " + Der.name(cert.issuer)
                    + " can be used (" + String.join("; ", whyNot) + ")";
            findings.add(i, cert, ValidationRule.REVOCATION_UNKNOWN, Findings.name(i, cert)
                    + " has an unknown revocation status: " + why + ".", mode == RevocationMode.BEST_EFFORT);
        }
    }

    /** Why this CRL cannot speak for {@code cert}, or null when it can. */
    private String unusable(X509CRL crl, CertFacts issuer, Instant at, boolean certIsCa) {
        try {
            byte[] aki = crl.getExtensionValue("2.5.29.35");
            if (aki != null && issuer.ski != null) {
                byte[] id = AuthorityKeyIdentifier.getInstance(ASN1OctetString.getInstance(aki).getOctets())
                        .getKeyIdentifierOctets();
                if (id != null && !Arrays.equals(id, issuer.ski)) {
                    return "a CRL with the issuer's name is signed by another key (authority key identifier "
                            + Der.hex(id) + ")";
                }
            }
            Set<String> critical = crl.getCriticalExtensionOIDs();
            if (critical != null) {
                if (critical.contains(DELTA_CRL_INDICATOR)) {
                    return "a delta CRL was given; delta CRLs are not supported, give the complete CRL";
                }
                for (String oid : critical) {
                    if (!KNOWN_CRL_EXTENSIONS.contains(oid)) {
                        return "a CRL has the critical extension " + oid + ", which is not supported";
                    }
                }
            }
            String scope = scope(crl, certIsCa);
            if (scope != null) {
                return scope;
            }
            String weak = Algorithms.weakHash(crl.getSigAlgOID());
            if (weak != null && request.policy().rejectWeak()
                    && (weak.equals("SHA-1") ? request.policy().rejectSha1() : request.policy().rejectMd5())) {
                return "the CRL is signed with " + weak + ", which the algorithm policy rejects";
            }
            SignatureVerifier.Result r = verifier.verify(() -> encoded(crl), () -> tbs(crl),
                    crl.getSigAlgOID(), crl.getSigAlgParams(), crl.getSignature(), issuer.spki);
            if (r != SignatureVerifier.Result.VALID) {
                return r == SignatureVerifier.Result.UNSUPPORTED
                        ? "the CRL's signature algorithm " + crl.getSigAlgName() + " is not supported"
                        : "the CRL's signature does not verify with the issuer's key";
            }
            Date thisUpdate = crl.getThisUpdate();
            Date nextUpdate = crl.getNextUpdate();
            if (thisUpdate.toInstant().isAfter(at)) {
                return "the CRL was issued " + thisUpdate.toInstant() + ", after the validation time " + at;
            }
            if (nextUpdate == null) {
                return "the CRL has no nextUpdate, so it cannot be known to be current";
            }
            if (nextUpdate.toInstant().isBefore(at)) {
                return "the CRL is stale: its nextUpdate " + nextUpdate.toInstant() + " is before the validation "
                        + "time " + at;
            }
            return null;
        } catch (Exception e) {
            return "a CRL is malformed (" + e.getClass().getSimpleName() + ")";
        }
    }

    /** issuingDistributionPoint: only the user-certificates / CA-certificates scopes are understood. */
    private static String scope(X509CRL crl, boolean certIsCa) {
        byte[] v = crl.getExtensionValue("2.5.29.28");
        if (v == null) {
            return null;
        }
        IssuingDistributionPoint idp = IssuingDistributionPoint.getInstance(
                ASN1OctetString.getInstance(v).getOctets());
        if (idp.isIndirectCRL()) {
            return "the CRL is an indirect CRL, which is not supported";
        }
        if (idp.getOnlySomeReasons() != null) {
            return "the CRL covers only some revocation reasons, which is not supported";
        }
        if (idp.onlyContainsAttributeCerts()) {
            return "the CRL covers attribute certificates only";
        }
        if (idp.onlyContainsUserCerts() && certIsCa) {
            return "the CRL covers end-entity certificates only";
        }
        if (idp.onlyContainsCACerts() && !certIsCa) {
            return "the CRL covers CA certificates only";
        }
        return null;
    }

    private enum OcspOutcome { NONE, GOOD, REVOKED }

    private OcspOutcome ocsp(int i, CertFacts cert, CertFacts issuer, Findings findings, List<String> whyNot) {
        if (request.ocspResponses().isEmpty()) {
            return OcspOutcome.NONE;
        }
        Instant at = request.at();
        BigInteger serial = cert.cert.getSerialNumber();
        OcspOutcome outcome = OcspOutcome.NONE;
        for (BasicOCSPResp resp : responses(whyNot)) {
            try {
                X509CertificateHolder issuerHolder = null;
                for (SingleResp single : resp.getResponses()) {
                    if (!single.getCertID().getSerialNumber().equals(serial)) {
                        continue;
                    }
                    if (issuerHolder == null) {
                        issuerHolder = new X509CertificateHolder(issuer.der());
                    }
                    if (!single.getCertID().matchesIssuer(issuerHolder, new BcDigestCalculatorProvider())) {
                        continue;
                    }
                    String problem = responderProblem(resp, issuer, at);
                    if (problem != null) {
                        whyNot.add(problem);
                        continue;
                    }
                    Instant thisUpdate = single.getThisUpdate().toInstant();
                    Date next = single.getNextUpdate();
                    if (thisUpdate.isAfter(at)) {
                        whyNot.add("the OCSP response was produced " + thisUpdate + ", after the validation time");
                        continue;
                    }
                    if (next != null && next.toInstant().isBefore(at)) {
                        whyNot.add("the OCSP response is stale: its nextUpdate " + next.toInstant()
                                + " is before the validation time");
                        continue;
                    }
                    Object status = single.getCertStatus();
                    if (status instanceof RevokedStatus revoked) {
                        String reason = revoked.hasRevocationReason()
                                ? ", reason " + reasonName(CRLReason.values()[revoked.getRevocationReason()]) : "";
                        findings.fail(i, cert, ValidationRule.REVOKED, Findings.name(i, cert)
                                + " is revoked: a stored OCSP response from " + Der.name(issuer.subject)
                                + " says so since " + revoked.getRevocationTime().toInstant() + reason + ".");
                        return OcspOutcome.REVOKED;
                    }
                    if (status instanceof UnknownStatus) {
                        whyNot.add("the OCSP responder does not know the certificate");
                        continue;
                    }
                    outcome = OcspOutcome.GOOD;
                }
            } catch (Exception e) {
                whyNot.add("an OCSP response could not be checked (" + e.getClass().getSimpleName() + ")");
            }
        }
        return outcome;
    }

    /** Null when the response is signed by the issuer, or by a responder the issuer delegated to; else why not. */
    private String responderProblem(BasicOCSPResp resp, CertFacts issuer, Instant at) throws Exception {
        byte[] tbs = resp.getTBSResponseData();
        byte[] whole = resp.getEncoded();
        String alg = resp.getSignatureAlgOID().getId();
        byte[] params = resp.getSignatureAlgorithmID().getParameters() == null ? null
                : resp.getSignatureAlgorithmID().getParameters().toASN1Primitive().getEncoded(ASN1Encoding.DER);
        if (verifier.verify(() -> whole, () -> tbs, alg, params, resp.getSignature(), issuer.spki)
                == SignatureVerifier.Result.VALID) {
            return null;
        }
        for (X509CertificateHolder holder : resp.getCerts()) {
            java.security.cert.X509Certificate responder = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter()
                    .getCertificate(holder);
            CertFacts r = new CertFacts(responder);
            if (!r.mayBeIssuedBy(issuer)) {
                continue;
            }
            List<String> eku = responder.getExtendedKeyUsage();
            if (eku == null || !eku.contains(OCSP_SIGNING)) {
                continue;
            }
            if (at.isBefore(responder.getNotBefore().toInstant()) || at.isAfter(responder.getNotAfter().toInstant())) {
                continue;
            }
            if (verifier.verify(r::der, r::tbs, responder.getSigAlgOID(), responder.getSigAlgParams(),
                    responder.getSignature(), issuer.spki) != SignatureVerifier.Result.VALID) {
                continue;
            }
            if (verifier.verify(() -> whole, () -> tbs, alg, params, resp.getSignature(), r.spki)
                    == SignatureVerifier.Result.VALID) {
                return null;
            }
        }
        return "an OCSP response is signed neither by the issuer nor by a responder it delegated (id-kp-OCSPSigning)";
    }

    private List<BasicOCSPResp> responses(List<String> whyNot) {
        if (ocsp == null) {
            List<BasicOCSPResp> list = new ArrayList<>();
            for (byte[] der : request.ocspResponses()) {
                try {
                    OCSPResp resp = new OCSPResp(der);
                    if (resp.getStatus() == OCSPResp.SUCCESSFUL && resp.getResponseObject() instanceof BasicOCSPResp b) {
                        list.add(b);
                    }
                } catch (Exception | StackOverflowError e) {
                    whyNot.add("a stored OCSP response is malformed");
                }
            }
            ocsp = list;
        }
        return ocsp;
    }

    private static byte[] tbs(X509CRL crl) {
        try {
            return crl.getTBSCertList();
        } catch (java.security.cert.CRLException e) {
            return new byte[0];
        }
    }

    private static byte[] encoded(X509CRL crl) {
        try {
            return crl.getEncoded();
        } catch (java.security.cert.CRLException e) {
            return new byte[0];
        }
    }

    /** RFC 5280 spelling: keyCompromise, cACompromise … */
    private static String reasonName(CRLReason reason) {
        String[] words = reason.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(words[0].equals("ca") ? "cA" : words[0]);
        for (int w = 1; w < words.length; w++) {
            b.append(Character.toUpperCase(words[w].charAt(0))).append(words[w].substring(1));
        }
        String s = b.toString();
        return s.equals("cACompromise") ? "cACompromise" : s.equals("aaCompromise") ? "aACompromise" : s;
    }
}
