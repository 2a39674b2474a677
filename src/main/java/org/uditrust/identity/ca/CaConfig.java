package org.uditrust.identity.ca;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a CA's keys are, as recorded in its directory ({@code ca.json}): a PKCS#12 file or a PKCS#11 token. Never
 * a password or PIN; those are asked for each time.
 *
 * @param pkcs12File  the key store file (absolute), or null for a token
 * @param token       the token, or null for a PKCS#12 file
 * @param aliasPrefix what the CA's key aliases start with ({@code <prefix>-root}, {@code <prefix>-issuing}), so
 *                    that several CAs can share one token; chosen at random when the CA is created, null before
 */
public record CaConfig(Path pkcs12File, Pkcs11Token token, String aliasPrefix) {

    static final String FILE = "ca.json";

    public CaConfig {
        if (aliasPrefix != null && !aliasPrefix.matches("[A-Za-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("an alias prefix is 1 to 40 letters, digits or '-'");
        }
        if ((pkcs12File == null) == (token == null)) {
            throw new IllegalArgumentException("the keys are in exactly one of a PKCS#12 file or a token");
        }
        if (pkcs12File != null) {
            pkcs12File = pkcs12File.toAbsolutePath().normalize();
        }
    }

    public static CaConfig pkcs12(Path file) {
        return new CaConfig(file, null, null);
    }

    public static CaConfig pkcs11(Pkcs11Token token) {
        return new CaConfig(null, token, null);
    }

    CaConfig withAliasPrefix(String prefix) {
        return new CaConfig(pkcs12File, token, prefix);
    }

    /** The alias of the root key. */
    public String rootAlias() {
        return aliasPrefix + "-root";
    }

    /** The alias of the issuing CA key. */
    public String issuingAlias() {
        return aliasPrefix + "-issuing";
    }

    /** Reads {@code dir/ca.json}; a missing or damaged file is a {@link CaResult.Failed}. */
    public static CaResult<CaConfig> read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return CaResult.failed("ca.not-a-ca", dir.toString(), "The directory " + dir + " holds no CA (no "
                    + FILE + "); create one with 'uditrust ca init'.");
        }
        if (Files.size(file) > 64 * 1024) {
            return CaResult.failed("ca.config-damaged", file.toString(), file + " is too large to be a CA's "
                    + FILE + ".");
        }
        try {
            Map<String, String> f = FlatJson.read(Files.readString(file, StandardCharsets.UTF_8));
            String prefix = f.get("aliasPrefix");
            if (prefix == null) {
                throw new IllegalArgumentException("aliasPrefix is missing");
            }
            if ("pkcs12".equals(f.get("keyStore"))) {
                return CaResult.ok(pkcs12(Path.of(f.get("pkcs12File"))).withAliasPrefix(prefix));
            }
            if ("pkcs11".equals(f.get("keyStore"))) {
                String slot = f.get("pkcs11Slot");
                return CaResult.ok(pkcs11(new Pkcs11Token(Path.of(f.get("pkcs11Library")), f.get("pkcs11TokenLabel"),
                        slot == null ? null : Long.valueOf(slot))).withAliasPrefix(prefix));
            }
            throw new IllegalArgumentException("keyStore is neither pkcs12 nor pkcs11");
        } catch (RuntimeException e) {
            return CaResult.failed("ca.config-damaged", file.toString(), file + " is damaged: " + e.getMessage()
                    + ".");
        }
    }

    void write(Path dir) throws IOException {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("version", "1");
        f.put("aliasPrefix", Objects.requireNonNull(aliasPrefix, "aliasPrefix"));
        if (pkcs12File != null) {
            f.put("keyStore", "pkcs12");
            f.put("pkcs12File", pkcs12File.toString());
        } else {
            f.put("keyStore", "pkcs11");
            f.put("pkcs11Library", token.library().toAbsolutePath().toString());
            f.put("pkcs11TokenLabel", token.tokenLabel());
            f.put("pkcs11Slot", token.slot() == null ? null : token.slot().toString());
        }
        AtomicFiles.writeString(dir.resolve(FILE), FlatJson.write(f) + "\n");
    }

    /** Opens the keys this configuration names with {@code secret} (password or PIN; the caller clears it). */
    public CaResult<CaKeys> openKeys(char[] secret, java.security.SecureRandom random) throws IOException {
        return pkcs12File != null ? Pkcs12CaKeys.open(pkcs12File, secret, random) : Pkcs11CaKeys.open(token, secret);
    }
}
