package org.uditrust.identity;

/**
 * Reads certificates and CRLs from the files people hand over: PEM (several blocks, any order, text around them),
 * DER, PKCS#7 / CMS certs-only ({@code .p7b}, PEM or DER), PKCS#12 holding only certificates. A PKCS#12 that holds
 * a private key is refused: UDI Trust does not take device or CA keys this way. Input above
 * {@link #MAX_FILE_BYTES} is refused unread. Never throws for bad content.
 */
public final class CertificateFiles {

    /** Larger than any real chain bundle or CRL a device model needs, small enough to refuse junk early. */
    public static final int MAX_FILE_BYTES = 4 * 1024 * 1024;

    private CertificateFiles() {
    }

    /**
     * @param content         the file's bytes
     * @param sourceName      the file name, used in problem messages
     * @param pkcs12Password  password for PKCS#12 input, or null (an empty password is tried)
     */
    public static CertificateReadResult read(byte[] content, String sourceName, char[] pkcs12Password) {
        throw new UnsupportedOperationException("to be written (identity core)");
    }
}
