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
 * <p>Binding: {@link org.uditrust.identity.IdentityClaims} reads what a certificate asserts (DI, serial, hwType) by
 * a manufacturer's {@link org.uditrust.identity.BindingRule}; {@link org.uditrust.identity.IdentityBinder} compares
 * it with a label (DIs as GTIN-14, {@link org.uditrust.identity.DeviceIdentifiers}) into a
 * {@link org.uditrust.identity.BindingOutcome}; {@link org.uditrust.identity.CloneDetector} finds shared keys, shared
 * UDIs and reused issuer serials among {@link org.uditrust.identity.IdentityFact}s.
 */
package org.uditrust.identity;
