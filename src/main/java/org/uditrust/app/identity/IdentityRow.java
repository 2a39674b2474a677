package org.uditrust.app.identity;

import java.util.List;
import java.util.Objects;
import org.uditrust.registry.BindingState;
import org.uditrust.registry.ValidationState;

/**
 * One identity of the shown device, with its chain as validated just now.
 *
 * @param fingerprint  SHA-256 of the certificate
 * @param summary      one line for the list: kind, subject, validation and binding
 * @param binding      bound, unbound or conflicting
 * @param validation   the state the validation left
 * @param bindingText  the binding state in a sentence (a conflict names the field and both values)
 * @param chain        root first
 */
public record IdentityRow(String fingerprint, String summary, BindingState binding, ValidationState validation,
                          String bindingText, List<ChainRow> chain) {
    public IdentityRow {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(summary, "summary");
        chain = List.copyOf(chain);
    }

    @Override
    public String toString() {
        return summary;
    }
}
