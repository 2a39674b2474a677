package org.uditrust.identity.ca;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.security.AuthProvider;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.security.auth.login.LoginException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CA keys on a PKCS#11 token (an HSM, a smart card, SoftHSM2 in the tests) through the JDK's SunPKCS11 provider.
 * The provider is configured in memory (no configuration file on disk) so that generated private keys are token
 * objects that are sensitive and non-extractable ({@code CKA_SENSITIVE=true}, {@code CKA_EXTRACTABLE=false}): the
 * key is made on the token and every signature is made there; the JVM only holds a handle.
 *
 * <p>SunPKCS11 selects a token by slot only. To find a token by its label, the slot list is read through the
 * JDK's internal PKCS#11 wrapper, which needs {@code --add-exports
 * jdk.crypto.cryptoki/sun.security.pkcs11.wrapper=ALL-UNNAMED} (the jar's manifest and the test set-up carry it);
 * without it, name the slot instead.
 */
public final class Pkcs11CaKeys implements CaKeys {

    private static final Logger LOG = LoggerFactory.getLogger(Pkcs11CaKeys.class);
    private static final long CKF_OS_LOCKING_OK = 0x2L;

    private final Pkcs11Token token;
    private final Provider provider;
    private final KeyStore store;

    private Pkcs11CaKeys(Pkcs11Token token, Provider provider, KeyStore store) {
        this.token = token;
        this.provider = provider;
        this.store = store;
    }

    /**
     * Logs in to {@code token} with {@code pin}. The PIN is passed to the provider and not kept; the caller clears
     * its array. A wrong PIN, a missing module or an unknown label is a {@link CaResult.Failed}.
     */
    public static CaResult<CaKeys> open(Pkcs11Token token, char[] pin) {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(pin, "pin");
        String where = token.describe();
        if (!Files.isRegularFile(token.library())) {
            return CaResult.failed("ca.pkcs11-library-missing", where,
                    "There is no PKCS#11 module at " + token.library() + ".");
        }
        long slot;
        if (token.slot() != null) {
            slot = token.slot();
        } else {
            CaResult<Long> found = slotOfLabel(token);
            if (found instanceof CaResult.Failed) {
                return ((CaResult.Failed<Long>) found).cast();
            }
            slot = ((CaResult.Ok<Long>) found).value();
        }
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            return CaResult.failed("ca.pkcs11-unavailable", where,
                    "This Java runtime has no SunPKCS11 provider (module jdk.crypto.cryptoki).");
        }
        Provider provider;
        try {
            provider = base.configure("--" + configuration(token, slot));
        } catch (RuntimeException e) {
            return CaResult.failed("ca.pkcs11-init", where, "The PKCS#11 module could not be loaded for slot "
                    + slot + ": " + rootMessage(e));
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, pin);
            LOG.info("Logged in to {} (slot {})", where, slot);
            return CaResult.ok(new Pkcs11CaKeys(token, provider, store));
        } catch (IOException e) {
            if (hasCause(e, LoginException.class)) {
                return CaResult.failed("ca.pkcs11-pin", where, "The PIN was not accepted by " + where + ".");
            }
            return CaResult.failed("ca.pkcs11-login", where, "Could not log in to " + where + ": " + rootMessage(e));
        } catch (GeneralSecurityException e) {
            return CaResult.failed("ca.pkcs11-login", where, "Could not log in to " + where + ": " + rootMessage(e));
        }
    }

    /**
     * The provider configuration: generated keys are permanent token objects, private keys sensitive and
     * non-extractable, so that no export of them is possible even through this provider.
     */
    static String configuration(Pkcs11Token token, long slot) {
        return "name = UdiTrustCa\n"
                + "library = " + token.library().toAbsolutePath() + "\n"
                + "slot = " + slot + "\n"
                + "attributes(generate, *, *) = {\n  CKA_TOKEN = true\n}\n"
                + "attributes(generate, CKO_PRIVATE_KEY, *) = {\n  CKA_PRIVATE = true\n  CKA_SENSITIVE = true\n"
                + "  CKA_EXTRACTABLE = false\n}\n";
    }

    private static CaResult<Long> slotOfLabel(Pkcs11Token token) {
        String where = token.describe();
        try {
            Class<?> pkcs11 = Class.forName("sun.security.pkcs11.wrapper.PKCS11");
            Class<?> initArgsType = Class.forName("sun.security.pkcs11.wrapper.CK_C_INITIALIZE_ARGS");
            Object initArgs = initArgsType.getConstructor().newInstance();
            initArgsType.getField("flags").setLong(initArgs, CKF_OS_LOCKING_OK);
            // The same call SunPKCS11 makes; the wrapper keeps one initialized module per path, which the provider
            // then reuses.
            Method getInstance = pkcs11.getMethod("getInstance", String.class, String.class, initArgsType,
                    boolean.class);
            Object module = getInstance.invoke(null, token.library().toAbsolutePath().toString(),
                    "C_GetFunctionList", initArgs, false);
            long[] slots = (long[]) pkcs11.getMethod("C_GetSlotList", boolean.class).invoke(module, true);
            Method tokenInfo = pkcs11.getMethod("C_GetTokenInfo", long.class);
            List<String> seen = new ArrayList<>();
            for (long slot : slots) {
                Object info = tokenInfo.invoke(module, slot);
                String label = new String((char[]) info.getClass().getField("label").get(info)).trim();
                if (label.equals(token.tokenLabel())) {
                    return CaResult.ok(slot);
                }
                seen.add("'" + label + "'");
            }
            return CaResult.failed("ca.pkcs11-token-missing", where, "No token labelled '" + token.tokenLabel()
                    + "' is present in " + token.library().getFileName() + " (tokens present: "
                    + (seen.isEmpty() ? "none" : String.join(", ", seen)) + ").");
        } catch (IllegalAccessException | ClassNotFoundException | NoSuchMethodException | NoSuchFieldException
                 | InstantiationException e) {
            return CaResult.failed("ca.pkcs11-label-lookup", where, "Finding a token by label needs the JVM option "
                    + "--add-exports jdk.crypto.cryptoki/sun.security.pkcs11.wrapper=ALL-UNNAMED (the uditrust jar "
                    + "sets it); alternatively name the token by its slot ID.");
        } catch (InvocationTargetException e) {
            return CaResult.failed("ca.pkcs11-init", where, "The PKCS#11 module failed while listing tokens: "
                    + rootMessage(e));
        }
    }

    @Override
    public KeyPair generate(KeyAlgorithm algorithm) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm.jcaName(), provider);
        generator.initialize(algorithm.generationParameters());
        return generator.generateKeyPair();
    }

    @Override
    public void store(String alias, PrivateKey key, List<X509Certificate> chain) throws GeneralSecurityException {
        // For a key generated on this token, SunPKCS11 only sets its label and ID and stores the certificates as
        // token objects: the key never leaves the token.
        store.setKeyEntry(alias, key, null, chain.toArray(new Certificate[0]));
    }

    @Override
    public Optional<PrivateKey> privateKey(String alias) throws GeneralSecurityException {
        Key key = store.getKey(alias, null);
        return key instanceof PrivateKey ? Optional.of((PrivateKey) key) : Optional.empty();
    }

    @Override
    public List<X509Certificate> chain(String alias) throws GeneralSecurityException {
        return KeyStoreChains.chain(store, alias);
    }

    @Override
    public Provider signingProvider() {
        return provider;
    }

    @Override
    public String description() {
        return token.describe();
    }

    @Override
    public void close() {
        if (provider instanceof AuthProvider) {
            try {
                ((AuthProvider) provider).logout();
            } catch (LoginException e) {
                LOG.warn("Logging out of {} failed: {}", token.describe(), e.getMessage());
            }
        }
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    }
}
