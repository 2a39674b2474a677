package org.uditrust.identity;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/**
 * Certificates and CRLs back from the DER the store keeps (already checked when they were imported), and the
 * SHA-256 fingerprints everything is keyed by. Uses the JDK's X.509 factory, one per thread (factories are not
 * documented as thread-safe).
 */
public final class DerCodec {

    private static final ThreadLocal<CertificateFactory> FACTORY = ThreadLocal.withInitial(() -> {
        try {
            return CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new IllegalStateException("The JDK has no X.509 certificate factory", e);
        }
    });

    private DerCodec() {
    }

    /** @throws IllegalArgumentException when {@code der} is not a certificate (a stored one always is) */
    public static X509Certificate certificate(byte[] der) {
        try {
            return (X509Certificate) FACTORY.get().generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | ClassCastException e) {
            throw new IllegalArgumentException("Not a DER X.509 certificate: " + e.getMessage(), e);
        }
    }

    /** @throws IllegalArgumentException when {@code der} is not a CRL */
    public static X509CRL crl(byte[] der) {
        try {
            return (X509CRL) FACTORY.get().generateCRL(new ByteArrayInputStream(der));
        } catch (CRLException | ClassCastException e) {
            throw new IllegalArgumentException("Not a DER X.509 CRL: " + e.getMessage(), e);
        }
    }

    /** The DER of a certificate read by the JDK (its encoding, which is the input's). */
    public static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalArgumentException("Certificate cannot be encoded: " + e.getMessage(), e);
        }
    }

    /** SHA-256 of {@code bytes}, lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }
}
