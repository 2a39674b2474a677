package org.uditrust.registry;

import java.util.List;
import java.util.Optional;
import org.uditrust.identity.BindingRule;

/**
 * Manufacturers' trust configuration in the store: anchors and their pins, untrusted intermediates, binding rules,
 * CRLs and OCSP responses. Used inside a transaction from {@link Transactions}; writes do not audit (the services
 * do, in the same transaction).
 */
public interface TrustRepository {

    /** Stores a new anchor (its id is ignored; the caller checked the fingerprint is new). */
    TrustAnchor insertAnchor(TrustAnchor anchor);

    Optional<TrustAnchor> anchorByFingerprint(String fingerprint);

    Optional<TrustAnchor> anchorById(long id);

    /** Anchors of {@code manufacturer} (every anchor when null), by manufacturer then subject. */
    List<TrustAnchor> anchors(String manufacturer);

    /** Anchors pinned to {@code di} (GTIN-14 or normalized DI). */
    List<TrustAnchor> anchorsPinnedTo(String di);

    /** Returns false when the pin already exists. */
    boolean pin(AnchorPin pin);

    /** Returns false when there was no such pin. */
    boolean unpin(long anchorId, String di);

    List<AnchorPin> pinsOf(long anchorId);

    /** Stores an untrusted CA certificate; returns false when one with this fingerprint is already stored. */
    boolean insertIntermediate(String fingerprint, String subject, String issuer, byte[] der,
                               java.time.Instant importedAt);

    /** Every stored intermediate, DER. */
    List<byte[]> intermediates();

    /** Inserts or replaces the rule of its manufacturer. */
    void saveRule(BindingRule rule, java.time.Instant at, String by);

    Optional<BindingRule> rule(String manufacturer);

    List<BindingRule> rules();

    Optional<StoredCrl> crlOf(String issuer);

    /** Inserts the CRL or replaces its issuer's (the caller checked it is newer). */
    StoredCrl saveCrl(StoredCrl crl);

    List<StoredCrl> crls();

    /** Returns false when a response with this fingerprint is already stored. */
    boolean insertOcspResponse(StoredOcspResponse response);

    List<StoredOcspResponse> ocspResponses();
}
