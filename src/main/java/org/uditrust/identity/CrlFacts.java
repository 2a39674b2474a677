package org.uditrust.identity;

import java.io.IOException;
import java.math.BigInteger;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.time.Instant;
import java.util.Objects;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;

/**
 * What the store needs to know of a CRL to keep the newest per issuer.
 *
 * @param issuer       RFC 2253 issuer name (the key CRLs are kept by)
 * @param crlNumber    the cRLNumber extension (RFC 5280 §5.2.3), or null when absent
 * @param thisUpdate   thisUpdate
 * @param nextUpdate   nextUpdate, or null
 * @param sha256       SHA-256 of the DER CRL, lower-case hex
 * @param der          the CRL
 */
public record CrlFacts(String issuer, BigInteger crlNumber, Instant thisUpdate, Instant nextUpdate, String sha256,
                       byte[] der) {

    private static final String CRL_NUMBER_OID = "2.5.29.20";

    public CrlFacts {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(thisUpdate, "thisUpdate");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(der, "der");
    }

    /** The facts of {@code crl}, or a problem naming {@code where} when its cRLNumber cannot be read. */
    public static Parsed<CrlFacts> read(X509CRL crl, String where) {
        BigInteger number = null;
        byte[] ext = crl.getExtensionValue(CRL_NUMBER_OID);
        if (ext != null) {
            try {
                ASN1Primitive inner = ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(ext).getOctets());
                number = ASN1Integer.getInstance(inner).getValue();
            } catch (IOException | IllegalArgumentException e) {
                return new Parsed.Failed<>(new IdentityProblem("crl.bad-number", where, "The cRLNumber extension of the CRL in " + where
                        + " is not an INTEGER."));
            }
            if (number.signum() < 0 || number.bitLength() > 159) {
                return new Parsed.Failed<>(new IdentityProblem("crl.bad-number", where, "The cRLNumber of the CRL in " + where
                        + " is outside 0..2^159 (RFC 5280 5.2.3)."));
            }
        }
        byte[] der;
        try {
            der = crl.getEncoded();
        } catch (CRLException e) {
            return new Parsed.Failed<>(new IdentityProblem("crl.not-der", where, "The CRL in " + where + " cannot be encoded: "
                    + e.getMessage()));
        }
        return new Parsed.Ok<>(new CrlFacts(crl.getIssuerX500Principal().getName(X500Principal.RFC2253), number,
                crl.getThisUpdate().toInstant(), crl.getNextUpdate() == null ? null : crl.getNextUpdate().toInstant(),
                DerCodec.sha256(der), der));
    }

    /** True when this CRL supersedes {@code other} of the same issuer: higher cRLNumber, else later thisUpdate. */
    public boolean newerThan(BigInteger otherNumber, Instant otherThisUpdate) {
        if (crlNumber != null && otherNumber != null && !crlNumber.equals(otherNumber)) {
            return crlNumber.compareTo(otherNumber) > 0;
        }
        return thisUpdate.isAfter(otherThisUpdate);
    }
}
