package org.uditrust.identity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import javax.security.auth.x500.X500Principal;

/** Small shared helpers: digests, hex, names as users read them. */
final class Der {

    private static final HexFormat HEX = HexFormat.of();
    /** Attribute keywords the JDK does not know for RFC 4514 output (it would print them as #hex). */
    private static final Map<String, String> KEYWORDS = Map.of(
            "2.5.4.5", "serialNumber",
            "2.5.4.97", "organizationIdentifier",
            "1.2.840.113549.1.9.1", "emailAddress",
            "2.5.4.4", "SN",
            "2.5.4.42", "GN",
            "2.5.4.46", "dnQualifier",
            "2.5.4.65", "pseudonym",
            "2.5.4.12", "title");

    private Der() {
    }

    static byte[] sha256(byte[] data) {
        return digest("SHA-256", data);
    }

    static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java platform", e);
        }
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    static String sha256Hex(byte[] data) {
        return hex(sha256(data));
    }

    /** RFC 4514 string of a name, with serialNumber and friends spelled out instead of hex. */
    static String name(X500Principal principal) {
        return principal.getName(X500Principal.RFC2253, KEYWORDS);
    }
}
