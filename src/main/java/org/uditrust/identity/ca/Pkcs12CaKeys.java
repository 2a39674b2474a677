package org.uditrust.identity.ca;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.spec.PBEParameterSpec;

/**
 * CA keys in a password-protected PKCS#12 file, through the JDK's PKCS12 key store. Each private key is encrypted
 * with PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC, {@value #KEY_ITERATIONS} iterations, random salt) chosen per entry,
 * so the protection does not depend on the JVM's {@code keystore.pkcs12.keyProtectionAlgorithm}; certificates and
 * the integrity MAC use the JDK 17 defaults (PBES2/AES-256 and HmacPBESHA256), which {@code openssl pkcs12 -info}
 * confirms in the tests. The file is rewritten atomically on every change.
 */
public final class Pkcs12CaKeys implements CaKeys {

    /** PBKDF2 iterations for private keys (NIST SP 800-132 asks for at least 1,000; OWASP 2023 advises more). */
    static final int KEY_ITERATIONS = 210_000;
    private static final String KEY_PROTECTION = "PBEWithHmacSHA256AndAES_256";
    /** A CA key store is a few kilobytes; anything far larger is not one. */
    private static final long MAX_FILE_BYTES = 1 << 20;

    private final Path file;
    private final KeyStore store;
    private final SecureRandom random;
    private final char[] password;

    private Pkcs12CaKeys(Path file, KeyStore store, SecureRandom random, char[] password) {
        this.file = file;
        this.store = store;
        this.random = random;
        this.password = password;
    }

    /**
     * A new, empty key store at {@code file} (written on the first {@link #store}). {@code password} is copied;
     * the caller clears its own array.
     */
    public static CaResult<CaKeys> create(Path file, char[] password, SecureRandom random) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(random, "random");
        if (Files.exists(file)) {
            return CaResult.failed("ca.keystore-exists", file.toString(),
                    "The PKCS#12 file " + file + " already exists; a new CA never overwrites a key store.");
        }
        if (password.length < 8) {
            return CaResult.failed("ca.password-short", file.toString(),
                    "The key store password must have at least 8 characters.");
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            return CaResult.ok(new Pkcs12CaKeys(file, store, random, password.clone()));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("the JDK has no working PKCS12 key store", e);
        }
    }

    /** Opens the key store at {@code file}; a wrong password is a {@link CaResult.Failed}, not an exception. */
    public static CaResult<CaKeys> open(Path file, char[] password, SecureRandom random) throws IOException {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            return CaResult.failed("ca.keystore-missing", file.toString(), "There is no PKCS#12 file " + file + ".");
        }
        if (Files.size(file) > MAX_FILE_BYTES) {
            return CaResult.failed("ca.keystore-too-large", file.toString(), "The file " + file + " is larger than "
                    + MAX_FILE_BYTES + " bytes; it is not a CA key store.");
        }
        byte[] bytes = Files.readAllBytes(file);
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), password);
            return CaResult.ok(new Pkcs12CaKeys(file, store, random, password.clone()));
        } catch (IOException e) {
            // The JDK reports a wrong password as an IOException caused by UnrecoverableKeyException; a damaged
            // file is an IOException too. Neither message may echo the password, and neither does ours.
            if (e.getCause() instanceof UnrecoverableKeyException) {
                return CaResult.failed("ca.keystore-password", file.toString(),
                        "The password does not open the PKCS#12 file " + file + ".");
            }
            return CaResult.failed("ca.keystore-unreadable", file.toString(),
                    "The file " + file + " is not a readable PKCS#12 key store (" + e.getMessage() + ").");
        } catch (GeneralSecurityException e) {
            return CaResult.failed("ca.keystore-unreadable", file.toString(),
                    "The file " + file + " is not a readable PKCS#12 key store (" + e.getMessage() + ").");
        }
    }

    @Override
    public KeyPair generate(KeyAlgorithm algorithm) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm.jcaName());
        generator.initialize(algorithm.generationParameters(), random);
        return generator.generateKeyPair();
    }

    @Override
    public void store(String alias, PrivateKey key, List<X509Certificate> chain)
            throws GeneralSecurityException, IOException {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        KeyStore.PasswordProtection protection = new KeyStore.PasswordProtection(password, KEY_PROTECTION,
                new PBEParameterSpec(salt, KEY_ITERATIONS));
        try {
            store.setEntry(alias, new KeyStore.PrivateKeyEntry(key, chain.toArray(new Certificate[0])), protection);
        } finally {
            try {
                protection.destroy(); // clears the copy of the password the protection object holds
            } catch (javax.security.auth.DestroyFailedException alreadyDestroyed) {
                // nothing left to clear
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, password);
        AtomicFiles.write(file, out.toByteArray());
    }

    @Override
    public Optional<PrivateKey> privateKey(String alias) throws GeneralSecurityException {
        Key key = store.getKey(alias, password);
        return key instanceof PrivateKey ? Optional.of((PrivateKey) key) : Optional.empty();
    }

    @Override
    public List<X509Certificate> chain(String alias) throws GeneralSecurityException {
        return KeyStoreChains.chain(store, alias);
    }

    /**
     * The one alias of {@code keys} that holds a private key, for importing a CA from a PKCS#12 made elsewhere;
     * a file with none or several is refused (which key to import would be a guess).
     */
    public static CaResult<String> keyAlias(Pkcs12CaKeys keys) throws GeneralSecurityException {
        List<String> found = new ArrayList<>();
        for (String alias : java.util.Collections.list(keys.store.aliases())) {
            if (keys.store.isKeyEntry(alias)) {
                found.add(alias);
            }
        }
        if (found.size() != 1) {
            return CaResult.failed("ca.import-key-count", keys.file.toString(), "The PKCS#12 file " + keys.file
                    + " holds " + found.size() + " private keys; importing needs exactly one.");
        }
        return CaResult.ok(found.get(0));
    }

    /** The first alias that holds a private key, for importing a CA from a PKCS#12 made elsewhere. */
    Optional<String> firstKeyAlias() throws GeneralSecurityException {
        for (String alias : java.util.Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                return Optional.of(alias);
            }
        }
        return Optional.empty();
    }

    @Override
    public Provider signingProvider() {
        return null;
    }

    @Override
    public String description() {
        return "PKCS#12 file " + file;
    }

    @Override
    public void close() {
        Arrays.fill(password, '\0');
    }
}
