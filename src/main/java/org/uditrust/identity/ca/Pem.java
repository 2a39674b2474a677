package org.uditrust.identity.ca;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CRLException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/** PEM text of certificates and CRLs (RFC 7468), fingerprints, and reading the CA's own certificate files. */
public final class Pem {

    private static final Base64.Encoder BASE64 = Base64.getMimeEncoder(64, new byte[] {'\n'});
    /** The CA's own PEM files hold a handful of certificates. */
    private static final long MAX_CA_FILE_BYTES = 1 << 20;

    private Pem() {
    }

    public static String certificate(X509Certificate certificate) {
        try {
            return block("CERTIFICATE", certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a certificate the JDK parsed cannot be encoded", e);
        }
    }

    public static String crl(X509CRL crl) {
        try {
            return block("X509 CRL", crl.getEncoded());
        } catch (CRLException e) {
            throw new IllegalStateException("a CRL just built cannot be encoded", e);
        }
    }

    static String block(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + BASE64.encodeToString(der) + "\n-----END " + label + "-----\n";
    }

    /** SHA-256 of {@code bytes}, lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** SHA-256 fingerprint of a certificate's DER, lower-case hex. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            return sha256(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a certificate the JDK parsed cannot be encoded", e);
        }
    }

    /** The certificates in one of the CA directory's own PEM files. */
    static List<X509Certificate> readCertificates(Path file) throws IOException {
        if (Files.size(file) > MAX_CA_FILE_BYTES) {
            throw new IOException(file + " is too large to be one of the CA's certificate files");
        }
        try {
            List<X509Certificate> out = new ArrayList<>();
            for (Certificate c : CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(Files.readAllBytes(file)))) {
                out.add((X509Certificate) c);
            }
            if (out.isEmpty()) {
                throw new IOException(file + " holds no certificate");
            }
            return out;
        } catch (GeneralSecurityException e) {
            throw new IOException(file + " is damaged: " + e.getMessage(), e);
        }
    }

    static void writeCertificates(Path file, List<X509Certificate> certificates) throws IOException {
        StringBuilder text = new StringBuilder();
        for (X509Certificate c : certificates) {
            text.append(certificate(c));
        }
        AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.US_ASCII));
    }
}
