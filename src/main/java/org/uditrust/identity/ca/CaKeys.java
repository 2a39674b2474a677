package org.uditrust.identity.ca;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * Where the CA's private keys live: a password-protected PKCS#12 file ({@link Pkcs12CaKeys}) or a PKCS#11 token
 * ({@link Pkcs11CaKeys}). The CA only ever holds a {@link PrivateKey} handle to sign with; for a token that handle
 * is a reference to a non-extractable key on the device. Closing clears the password or PIN held for the session.
 */
public interface CaKeys extends AutoCloseable {

    /**
     * A new key pair of {@code algorithm}. On a token it is generated on the token (sensitive, non-extractable);
     * it becomes permanent under an alias with {@link #store}.
     */
    KeyPair generate(KeyAlgorithm algorithm) throws GeneralSecurityException;

    /** Keeps {@code key} with its certificate chain (the key's certificate first) under {@code alias}. */
    void store(String alias, PrivateKey key, List<X509Certificate> chain) throws GeneralSecurityException, IOException;

    /** The private key under {@code alias}, if any. */
    Optional<PrivateKey> privateKey(String alias) throws GeneralSecurityException;

    /** The certificate chain stored with {@code alias}, the key's certificate first; empty when there is none. */
    List<X509Certificate> chain(String alias) throws GeneralSecurityException;

    /** The provider that signs with these keys (the token's), or null to let the JDK choose. */
    Provider signingProvider();

    /** What holds the keys, for messages: "PKCS#12 file ca.p12", "PKCS#11 token 'factory-ca'". Never a secret. */
    String description();

    /** Forgets the password or PIN (and logs out of a token). */
    @Override
    void close();
}
