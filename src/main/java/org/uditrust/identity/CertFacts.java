package org.uditrust.identity;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;

/**
 * One certificate of a validation, decoded once: names, key identifiers, constraints, key. Lazily computed fields
 * (fingerprint, subject text) cost nothing on the fast path of a valid chain.
 */
final class CertFacts {

    final X509Certificate cert;
    final X500Principal subject;
    final X500Principal issuer;
    final byte[] spki;
    final byte[] ski;
    final byte[] akiKeyId;
    /** basicConstraints: -1 not a CA (or absent); Integer.MAX_VALUE a CA without pathLen; else pathLen. */
    final int basicConstraints;
    final boolean hasBasicConstraints;
    final boolean[] keyUsage;
    final Set<String> criticalOids;
    final boolean selfIssued;
    /** A problem decoding an extension this validator relies on, else null. */
    final String malformed;
    private byte[] der;
    private String sha256;
    private String subjectText;

    CertFacts(X509Certificate cert) {
        this.cert = cert;
        this.subject = cert.getSubjectX500Principal();
        this.issuer = cert.getIssuerX500Principal();
        this.spki = cert.getPublicKey().getEncoded();
        String problem = null;
        byte[] s = null;
        byte[] a = null;
        try {
            byte[] v = cert.getExtensionValue("2.5.29.14");
            if (v != null) {
                s = SubjectKeyIdentifier.getInstance(ASN1OctetString.getInstance(v).getOctets()).getKeyIdentifier();
            }
            v = cert.getExtensionValue("2.5.29.35");
            if (v != null) {
                a = AuthorityKeyIdentifier.getInstance(ASN1OctetString.getInstance(v).getOctets())
                        .getKeyIdentifierOctets();
            }
        } catch (RuntimeException e) {
            problem = "its key identifier extension is malformed";
        }
        this.ski = s;
        this.akiKeyId = a;
        this.basicConstraints = cert.getBasicConstraints();
        this.hasBasicConstraints = cert.getExtensionValue("2.5.29.19") != null;
        this.keyUsage = cert.getKeyUsage();
        Set<String> critical = cert.getCriticalExtensionOIDs();
        this.criticalOids = critical == null ? Set.of() : critical;
        this.selfIssued = subject.equals(issuer);
        this.malformed = problem;
    }

    byte[] der() {
        if (der == null) {
            try {
                der = cert.getEncoded();
            } catch (CertificateEncodingException e) {
                der = new byte[0];
            }
        }
        return der;
    }

    byte[] tbs() {
        try {
            return cert.getTBSCertificate();
        } catch (CertificateEncodingException e) {
            return new byte[0];
        }
    }

    String sha256() {
        if (sha256 == null) {
            sha256 = Der.sha256Hex(der());
        }
        return sha256;
    }

    String subjectText() {
        if (subjectText == null) {
            subjectText = Der.name(subject);
        }
        return subjectText;
    }

    boolean isCa() {
        return basicConstraints >= 0;
    }

    /** keyUsage absent, or present with this bit (5 keyCertSign, 6 cRLSign). */
    boolean allows(int bit) {
        return keyUsage == null || keyUsage.length > bit && keyUsage[bit];
    }

    /** Could {@code candidate} have issued this certificate: name, and key identifiers when both are present. */
    boolean mayBeIssuedBy(CertFacts candidate) {
        return issuer.equals(candidate.subject)
                && (akiKeyId == null || candidate.ski == null || Arrays.equals(akiKeyId, candidate.ski));
    }

    NameConstraints nameConstraints() {
        byte[] v = cert.getExtensionValue("2.5.29.30");
        if (v == null) {
            return null;
        }
        return NameConstraints.getInstance(ASN1OctetString.getInstance(v).getOctets());
    }

    List<String> extendedKeyUsage() throws java.security.cert.CertificateParsingException {
        List<String> eku = cert.getExtendedKeyUsage();
        return eku == null ? null : eku;
    }
}
