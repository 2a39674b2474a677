package org.uditrust.identity.ca;

import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Objects;
import org.uditrust.udi.Udi;

/**
 * One device to certify: its UDI and where its public key comes from (a CSR file, CSR bytes, or a bare key read
 * from the device by other means).
 *
 * @param source    what to call this request in results and problems (a file name, "device 3")
 * @param udi       the device's UDI (with a serial)
 * @param csrFile   a PKCS#10 file, or null
 * @param csr       PKCS#10 bytes (PEM or DER), or null
 * @param publicKey a bare public key, or null
 */
public record IssueRequest(String source, Udi udi, Path csrFile, byte[] csr, PublicKey publicKey) {

    public IssueRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(udi, "udi");
        int given = (csrFile != null ? 1 : 0) + (csr != null ? 1 : 0) + (publicKey != null ? 1 : 0);
        if (given != 1) {
            throw new IllegalArgumentException("give exactly one of a CSR file, CSR bytes or a public key");
        }
        csr = csr == null ? null : csr.clone();
    }

    public static IssueRequest csrFile(Path file, Udi udi) {
        return new IssueRequest(file.toString(), udi, file, null, null);
    }

    public static IssueRequest csr(String source, byte[] csr, Udi udi) {
        return new IssueRequest(source, udi, null, csr, null);
    }

    public static IssueRequest publicKey(String source, PublicKey key, Udi udi) {
        return new IssueRequest(source, udi, null, null, key);
    }

    @Override
    public byte[] csr() {
        return csr == null ? null : csr.clone();
    }
}
