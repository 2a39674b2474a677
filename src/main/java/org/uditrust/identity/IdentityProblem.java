package org.uditrust.identity;

import java.util.Objects;

/**
 * One thing wrong with an identity input (a file, a certificate, a CSR, a binding).
 *
 * @param code    stable machine code, dotted and lower-case, e.g. {@code cert.not-der}; tools key on it
 * @param where   what the problem is about: a file name, "certificate 2 (CN=…)", a field name; never null
 * @param message one sentence: what, where, why
 */
public record IdentityProblem(String code, String where, String message) {
    public IdentityProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }
}
