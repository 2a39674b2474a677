package org.uditrust.identity;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One path to validate.
 *
 * @param leaf          the end-entity certificate
 * @param untrusted     candidate intermediates, in any order (extra ones are ignored)
 * @param anchors       trusted certificates (roots or pinned intermediates); the path must end at one of them
 * @param crls          CRLs to check revocation with (any issuers, any order)
 * @param ocspResponses DER-encoded stored OCSP responses (BasicOCSPResponse inside OCSPResponse), may be empty
 * @param at            the validation time
 * @param requiredEkus  dotted EKU OIDs the leaf must carry (empty: none required)
 * @param revocation    how missing revocation information counts
 * @param policy        algorithm policy
 */
public record ValidationRequest(X509Certificate leaf, List<X509Certificate> untrusted, List<X509Certificate> anchors,
                                List<X509CRL> crls, List<byte[]> ocspResponses, Instant at, Set<String> requiredEkus,
                                RevocationMode revocation, AlgorithmPolicy policy) {
    public ValidationRequest {
        Objects.requireNonNull(leaf, "leaf");
        untrusted = List.copyOf(untrusted);
        anchors = List.copyOf(anchors);
        crls = List.copyOf(crls);
        ocspResponses = List.copyOf(ocspResponses);
        Objects.requireNonNull(at, "at");
        requiredEkus = Set.copyOf(requiredEkus);
        Objects.requireNonNull(revocation, "revocation");
        Objects.requireNonNull(policy, "policy");
    }
}
