package org.uditrust.identity.ca;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Objects;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * Reads a device's bare public key (X.509 SubjectPublicKeyInfo, PEM {@code PUBLIC KEY} or DER), for devices that
 * cannot sign a CSR (a TPM key restricted to attestation, a secure element read out on the production line). There
 * is no proof of possession here: the factory line that collected the key vouches for it, so the key policy is
 * applied when the certificate is issued, as for a CSR. A private key in the input is refused, never read.
 * Never throws for bad input.
 */
public final class PublicKeyFiles {

    /** An RSA 4096 SubjectPublicKeyInfo in PEM is under 1 KB; 16 KiB leaves room for comments around the block. */
    public static final int MAX_BYTES = 16 * 1024;

    private static final String BEGIN = "-----BEGIN PUBLIC KEY-----";
    private static final String END = "-----END PUBLIC KEY-----";

    private PublicKeyFiles() {
    }

    /** {@code where} names the source (a file name) in problems. */
    public static CaResult<PublicKey> read(byte[] bytes, String where) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(where, "where");
        if (bytes.length > MAX_BYTES) {
            return CaResult.failed("key.too-large", where, "The input is " + bytes.length
                    + " bytes; a public key file is at most " + MAX_BYTES + " bytes.");
        }
        if (bytes.length == 0) {
            return CaResult.failed("key.empty", where, "The input is empty; expected a public key (PEM or DER).");
        }
        byte[] der = bytes;
        if (bytes[0] != 0x30) {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            if (text.contains("PRIVATE KEY-----")) {
                return CaResult.failed("key.private", where, "The file holds a private key; give the device's public "
                        + "key only (openssl pkey -pubout). Private device keys never leave the device.");
            }
            int start = text.indexOf(BEGIN);
            if (start < 0) {
                return CaResult.failed("key.not-key", where, "Neither DER nor a PEM 'BEGIN PUBLIC KEY' block: this is "
                        + "not a public key.");
            }
            int end = text.indexOf(END, start + BEGIN.length());
            if (end < 0) {
                return CaResult.failed("key.pem-unterminated", where, "The PEM block '" + BEGIN + "' has no END line.");
            }
            try {
                der = Base64.getMimeDecoder().decode(text.substring(start + BEGIN.length(), end));
            } catch (IllegalArgumentException e) {
                return CaResult.failed("key.pem-base64", where, "The PEM block is not valid Base64.");
            }
        }
        try {
            return CaResult.ok(new JcaPEMKeyConverter().getPublicKey(SubjectPublicKeyInfo.getInstance(der)));
        } catch (Exception e) {
            // Bouncy Castle reports malformed ASN.1 with several runtime exception types; all mean the same here.
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return CaResult.failed("key.not-der", where, "The bytes are not a DER SubjectPublicKeyInfo ("
                    + (message.length() > 200 ? message.substring(0, 200) + "…" : message) + ").");
        }
    }
}
