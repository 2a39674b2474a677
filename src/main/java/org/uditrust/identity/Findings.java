package org.uditrust.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The findings on one candidate path, sorted most important first when read. */
final class Findings {

    /** Most important first: a path that does not reach an anchor or is forged matters before a date. */
    private static final List<ValidationRule> ORDER = List.of(
            ValidationRule.NO_TRUST_ANCHOR, ValidationRule.MALFORMED, ValidationRule.SIGNATURE,
            ValidationRule.REVOKED, ValidationRule.NAME_CHAINING, ValidationRule.EXPIRED,
            ValidationRule.NOT_YET_VALID, ValidationRule.BASIC_CONSTRAINTS, ValidationRule.PATH_LENGTH,
            ValidationRule.KEY_USAGE, ValidationRule.NAME_CONSTRAINTS, ValidationRule.UNKNOWN_CRITICAL_EXTENSION,
            ValidationRule.EXTENDED_KEY_USAGE, ValidationRule.WEAK_ALGORITHM, ValidationRule.WEAK_KEY,
            ValidationRule.REVOCATION_UNKNOWN);

    private static final Comparator<ValidationFailure> IMPORTANCE = Comparator
            .comparing(ValidationFailure::warningOnly)
            .thenComparingInt(f -> ORDER.indexOf(f.rule()))
            .thenComparingInt(ValidationFailure::index);

    private final List<ValidationFailure> list = new ArrayList<>();

    void fail(int index, CertFacts c, ValidationRule rule, String message) {
        list.add(new ValidationFailure(index, c.subjectText(), c.sha256(), rule, message, false));
    }

    void warn(int index, CertFacts c, ValidationRule rule, String message) {
        list.add(new ValidationFailure(index, c.subjectText(), c.sha256(), rule, message, true));
    }

    void add(int index, CertFacts c, ValidationRule rule, String message, boolean warningOnly) {
        list.add(new ValidationFailure(index, c.subjectText(), c.sha256(), rule, message, warningOnly));
    }

    boolean hasFailure() {
        for (ValidationFailure f : list) {
            if (!f.warningOnly()) {
                return true;
            }
        }
        return false;
    }

    int failureCount() {
        int n = 0;
        for (ValidationFailure f : list) {
            if (!f.warningOnly()) {
                n++;
            }
        }
        return n;
    }

    List<ValidationFailure> sorted() {
        List<ValidationFailure> copy = new ArrayList<>(list);
        copy.sort(IMPORTANCE);
        return copy;
    }

    /** "certificate 1 (CN=Acme Issuing CA)": how every message names a certificate. */
    static String name(int index, CertFacts c) {
        return "certificate " + index + " (" + c.subjectText() + ")";
    }
}
