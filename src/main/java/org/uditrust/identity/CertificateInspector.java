package org.uditrust.identity;

import java.security.cert.X509Certificate;

/** Decodes a certificate into a {@link CertificateInfo}. Thread-safe. */
public final class CertificateInspector {

    private CertificateInspector() {
    }

    public static CertificateInfo inspect(X509Certificate certificate) {
        throw new UnsupportedOperationException("to be written (identity core)");
    }
}
