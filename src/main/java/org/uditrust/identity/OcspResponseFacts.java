package org.uditrust.identity;

import java.io.IOException;
import java.time.Instant;
import java.util.Objects;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPResp;

/**
 * A saved OCSP response checked enough to be stored: a successful OCSPResponse (RFC 6960 §4.2.1) holding a
 * BasicOCSPResponse. Its signature and the certificates it answers for are checked at validation time.
 *
 * @param producedAt the response's producedAt
 * @param sha256     SHA-256 of the DER
 * @param der        the response
 */
public record OcspResponseFacts(Instant producedAt, String sha256, byte[] der) {

    /** Larger than any real response; refused unread. */
    public static final int MAX_BYTES = 1024 * 1024;

    public OcspResponseFacts {
        Objects.requireNonNull(producedAt, "producedAt");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(der, "der");
    }

    public static Parsed<OcspResponseFacts> read(byte[] der, String where) {
        if (der.length > MAX_BYTES) {
            return new Parsed.Failed<>(new IdentityProblem("ocsp.too-large", where, where + " is " + der.length
                    + " bytes; an OCSP response is at most " + MAX_BYTES + "."));
        }
        try {
            OCSPResp response = new OCSPResp(der);
            if (response.getStatus() != OCSPResp.SUCCESSFUL) {
                return new Parsed.Failed<>(new IdentityProblem("ocsp.not-successful", where, "The OCSP response in "
                        + where + " has status " + response.getStatus() + ", not successful (0)."));
            }
            Object body = response.getResponseObject();
            if (!(body instanceof BasicOCSPResp)) {
                return new Parsed.Failed<>(new IdentityProblem("ocsp.not-basic", where, "The OCSP response in " + where
                        + " holds no BasicOCSPResponse."));
            }
            return new Parsed.Ok<>(new OcspResponseFacts(((BasicOCSPResp) body).getProducedAt().toInstant(),
                    DerCodec.sha256(der), der.clone()));
        } catch (IOException | OCSPException | RuntimeException e) {
            return new Parsed.Failed<>(new IdentityProblem("ocsp.not-der", where, where
                    + " is not a DER OCSP response: " + e.getMessage()));
        }
    }
}
