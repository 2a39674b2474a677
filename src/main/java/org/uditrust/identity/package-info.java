/**
 * Cryptographic device identity: certificates and what they assert, trust anchors, RFC 5280 path validation with
 * offline revocation, the rules that bind a certificate to a UDI, clone findings, and (in {@code identity.ca}) a
 * manufacturer's provisioning CA with keys in a PKCS#12 file or a PKCS#11 token.
 *
 * <p>Core: uses the UDI engine and Bouncy Castle only; knows no SQL and no UI. Outcomes a user can cause (a file
 * that is not a certificate, a path that does not validate, a certificate that does not match its label) are sealed
 * result types carrying {@link org.uditrust.identity.IdentityProblem}s or
 * {@link org.uditrust.identity.ValidationFailure}s, never exceptions.
 *
 * <p>Entry points:
 * <ul>
 *   <li>{@link org.uditrust.identity.CertificateFiles#read} — PEM, DER, PKCS#7 and key-less PKCS#12 files to
 *       certificates and CRLs (a file holding a private key is refused); never throws for bad content.</li>
 *   <li>{@link org.uditrust.identity.CertificateInspector#inspect} — every fact a user or binding rule needs,
 *       including the IEEE 802.1AR hardwareModuleName (RFC 4108) and the subject serialNumber.</li>
 *   <li>{@link org.uditrust.identity.PathValidator#validate} — path building and validation (our own, not the
 *       JDK's PKIX: see docs/decisions/identity-path-validation.md for why and what RFC 5280 parts are left out),
 *       with CRLs and stored OCSP responses, every failure named by certificate and
 *       {@link org.uditrust.identity.ValidationRule}. One instance serves the application: it caches decoded
 *       issuer keys and verified signatures (bounded).</li>
 * </ul>
 * Package-private helpers: {@code CertFacts} (a certificate decoded once per validation), {@code Findings}
 * (ordering), {@code RevocationChecker}, {@code SignatureVerifier} (Bouncy Castle lightweight verifiers and the
 * caches), {@code Algorithms} (key sizes, curves, weak hashes), {@code Der} (digests, hex, RFC 4514 names).
 *
 * <p>Binding: {@link org.uditrust.identity.IdentityClaims} reads what a certificate asserts (DI, serial, hwType) by
 * a manufacturer's {@link org.uditrust.identity.BindingRule}; {@link org.uditrust.identity.IdentityBinder} compares
 * it with a label (DIs as GTIN-14, {@link org.uditrust.identity.DeviceIdentifiers}) into a
 * {@link org.uditrust.identity.BindingOutcome}; {@link org.uditrust.identity.CloneDetector} finds shared keys, shared
 * UDIs and reused issuer serials among {@link org.uditrust.identity.IdentityFact}s.
 */
package org.uditrust.identity;
