package org.uditrust.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.uditrust.identity.CertificateInfo;
import org.uditrust.identity.CertificateInspector;
import org.uditrust.identity.PathValidation;
import org.uditrust.identity.RevocationMode;
import org.uditrust.identity.ValidationFailure;

/**
 * Prints a {@link PathValidation} for people or, with {@code --json}, as one object: {@code valid, at,
 * revocation, path [{index, subject, sha256, notAfter}], failures [{index, subject, sha256, rule, message}],
 * warnings [same]}. Fields are only ever added. Shared by every mode of {@code identity validate}.
 */
final class ValidationReport {

    private ValidationReport() {
    }

    /** Prints the outcome and returns the exit status: 0 valid, 1 not. */
    static int print(PathValidation v, String what, Instant at, RevocationMode mode, boolean json, Cli.Console console) {
        boolean valid = v instanceof PathValidation.Valid;
        List<ValidationFailure> failures = new ArrayList<>();
        List<ValidationFailure> warnings = new ArrayList<>();
        for (ValidationFailure f : v.findings()) {
            (f.warningOnly() ? warnings : failures).add(f);
        }
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("valid", valid);
            o.put("at", at.toString());
            o.put("revocation", modeName(mode));
            List<Map<String, Object>> path = new ArrayList<>();
            for (int i = 0; i < v.path().size(); i++) {
                CertificateInfo c = CertificateInspector.inspect(v.path().get(i));
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("index", i);
                p.put("subject", c.subject());
                p.put("sha256", c.sha256Fingerprint());
                p.put("notAfter", c.notAfter().toString());
                path.add(p);
            }
            o.put("path", path);
            o.put("failures", findings(failures));
            o.put("warnings", findings(warnings));
            console.out().println(DeviceOutput.line(o));
            return valid ? Cli.OK : Cli.INVALID;
        }
        if (valid) {
            console.out().println("VALID: " + what + " validates at " + at + " (revocation: " + modeName(mode) + ").");
        } else {
            console.out().println("INVALID: " + what + " does not validate at " + at + " (revocation: "
                    + modeName(mode) + ").");
        }
        int last = v.path().size() - 1;
        for (int i = 0; i <= last; i++) {
            CertificateInfo c = CertificateInspector.inspect(v.path().get(i));
            console.out().println("  " + i + "  " + c.subject() + "  (sha256 " + c.sha256Fingerprint()
                    + ", valid until " + c.notAfter() + ")"
                    + (valid && i == last ? "  trust anchor" : ""));
        }
        for (ValidationFailure f : failures) {
            console.out().println("FAILED " + f.rule().code() + ": " + f.message());
        }
        for (ValidationFailure f : warnings) {
            console.out().println("warning " + f.rule().code() + ": " + f.message());
        }
        return valid ? Cli.OK : Cli.INVALID;
    }

    private static List<Map<String, Object>> findings(List<ValidationFailure> list) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ValidationFailure f : list) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", f.index());
            m.put("subject", f.subject());
            m.put("sha256", f.sha256());
            m.put("rule", f.rule().code());
            m.put("message", f.message());
            out.add(m);
        }
        return out;
    }

    static String modeName(RevocationMode mode) {
        return mode.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
