package org.uditrust.identity.ca;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.uditrust.identity.AlgorithmPolicy;
import org.uditrust.identity.IdentityProblem;

/**
 * Reads one PKCS#10 certificate signing request (PEM or DER) and accepts it only when its self-signature verifies
 * with its own key (the device holds the private key and the request was not altered) and its key and signature
 * algorithm meet the {@link AlgorithmPolicy}. Never throws for bad input: every refusal names the source and why.
 */
public final class CsrReader {

    /** A CSR is a few hundred bytes (RSA 4096 with attributes: about 2 KB); 64 KiB leaves room for PEM noise. */
    public static final int MAX_BYTES = 64 * 1024;

    private static final String[] PEM_LABELS = {"CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST"};

    private final AlgorithmPolicy policy;

    public CsrReader(AlgorithmPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Reads {@code file}, refusing files over {@link #MAX_BYTES} before reading them. */
    public CsrReading read(Path file) throws IOException {
        String where = file.toString();
        if (!Files.isRegularFile(file)) {
            return refuse("csr.missing", where, "There is no file " + file + ".");
        }
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            return refuse("csr.too-large", where, "The file is " + size + " bytes; a CSR is at most " + MAX_BYTES
                    + " bytes.");
        }
        return read(Files.readAllBytes(file), where);
    }

    /** Reads {@code bytes} (PEM or DER); {@code where} names the source in problems (a file name). */
    public CsrReading read(byte[] bytes, String where) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(where, "where");
        if (bytes.length > MAX_BYTES) {
            return refuse("csr.too-large", where, "The input is " + bytes.length + " bytes; a CSR is at most "
                    + MAX_BYTES + " bytes.");
        }
        if (bytes.length == 0) {
            return refuse("csr.empty", where, "The input is empty; expected a PKCS#10 CSR (PEM or DER).");
        }
        byte[] der;
        if (bytes[0] == 0x30) {
            der = bytes;
        } else {
            CsrReading pemProblem = null;
            der = null;
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            for (String label : PEM_LABELS) {
                String begin = "-----BEGIN " + label + "-----";
                int start = text.indexOf(begin);
                if (start < 0) {
                    continue;
                }
                // From after the BEGIN line: its closing dashes may start an END line ("-----BEGIN X-----END X-----").
                int end = text.indexOf("-----END " + label + "-----", start + begin.length());
                if (end < 0) {
                    pemProblem = refuse("csr.pem-unterminated", where, "The PEM block '" + begin
                            + "' has no END line.");
                    break;
                }
                if (text.indexOf(begin, end) >= 0) {
                    pemProblem = refuse("csr.several", where, "The file holds more than one CSR; give one per file.");
                    break;
                }
                try {
                    der = Base64.getMimeDecoder().decode(text.substring(start + begin.length(), end));
                } catch (IllegalArgumentException e) {
                    pemProblem = refuse("csr.pem-base64", where, "The PEM block is not valid Base64.");
                }
                break;
            }
            if (pemProblem != null) {
                return pemProblem;
            }
            if (der == null) {
                return refuse("csr.not-csr", where, "Neither DER nor a PEM 'BEGIN CERTIFICATE REQUEST' block: this "
                        + "is not a PKCS#10 CSR.");
            }
        }
        return parse(der, where);
    }

    private CsrReading parse(byte[] der, String where) {
        PKCS10CertificationRequest csr;
        try {
            csr = new PKCS10CertificationRequest(der);
        } catch (IOException | RuntimeException e) {
            return refuse("csr.not-der", where, "The bytes are not a DER-encoded PKCS#10 request ("
                    + describe(e) + ").");
        }
        PublicKey key;
        SubjectPublicKeyInfo spki;
        try {
            spki = csr.getSubjectPublicKeyInfo();
            key = new JcaPEMKeyConverter().getPublicKey(spki);
        } catch (IOException | RuntimeException e) {
            return refuse("csr.key-unreadable", where, "The request's public key cannot be read (" + describe(e)
                    + ").");
        }
        String sigName;
        try {
            sigName = new DefaultAlgorithmNameFinder().getAlgorithmName(csr.getSignatureAlgorithm());
        } catch (RuntimeException e) {
            sigName = "unknown";
        }
        boolean valid;
        try {
            valid = csr.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key));
        } catch (Exception e) {
            return refuse("csr.signature-unverifiable", where, "The request's " + sigName + " signature cannot be "
                    + "checked (" + describe(e) + ").");
        }
        if (!valid) {
            return refuse("csr.signature-invalid", where, "The request's signature does not verify with the key it "
                    + "carries: it was altered or signed by another key.");
        }
        Optional<String> weakKey = KeyPolicy.weakness(key, policy);
        if (weakKey.isPresent()) {
            return refuse("csr.weak-key", where, "The request's key is refused: " + weakKey.get() + ".");
        }
        Optional<String> weakSignature = KeyPolicy.signatureWeakness(sigName, policy);
        if (weakSignature.isPresent()) {
            return refuse("csr.weak-signature", where, "The request is refused: " + weakSignature.get() + ".");
        }
        try {
            return new CsrReading.Accepted(csr.getSubject(), key, csr.getEncoded());
        } catch (IOException | RuntimeException e) {
            return refuse("csr.not-der", where, "The request cannot be re-encoded (" + describe(e) + ").");
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName()
                : message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    private static CsrReading refuse(String code, String where, String message) {
        return new CsrReading.Refused(new IdentityProblem(code, where, message));
    }
}
