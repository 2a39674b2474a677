package org.uditrust.identity.ca;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** The certificate chain a JCA key store holds for an alias, whichever store (file or token) it is. */
final class KeyStoreChains {

    private KeyStoreChains() {
    }

    /** The chain stored with {@code alias}, the key's certificate first; empty when there is none. */
    static List<X509Certificate> chain(KeyStore store, String alias) throws GeneralSecurityException {
        Certificate[] chain = store.getCertificateChain(alias);
        List<X509Certificate> out = new ArrayList<>();
        if (chain != null) {
            for (Certificate c : chain) {
                out.add((X509Certificate) c);
            }
        }
        return out;
    }
}
