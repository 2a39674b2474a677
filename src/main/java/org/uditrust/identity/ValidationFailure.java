package org.uditrust.identity;

import java.util.Objects;

/**
 * One broken rule on one certificate of a path.
 *
 * @param index       position in the path, 0 = the leaf, counting towards the anchor
 * @param subject     RFC 4514 subject of that certificate (what the user recognizes)
 * @param sha256      SHA-256 fingerprint of that certificate, lower-case hex
 * @param rule        the rule
 * @param message     one sentence: what, which certificate, why ("certificate 1 (CN=Acme Issuing CA) is not a
 *                    CA: basicConstraints cA is false")
 * @param warningOnly true when the policy only flags this (e.g. weak algorithm in FLAG mode): the path still
 *                    validates
 */
public record ValidationFailure(int index, String subject, String sha256, ValidationRule rule, String message,
                                boolean warningOnly) {
    public ValidationFailure {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }
}
