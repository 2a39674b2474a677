package org.uditrust.cli;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.uditrust.identity.AlgorithmPolicy;
import org.uditrust.identity.PathValidation;
import org.uditrust.identity.PathValidator;
import org.uditrust.identity.RevocationMode;
import org.uditrust.identity.ValidationRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code uditrust identity validate}: RFC 5280 path validation of a certificate from files, like
 * {@code openssl verify}. The file mode lives in {@link #validateFiles()} so that other modes (a stored device's
 * identity) can share the option parsing and {@link ValidationReport}.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validate a certificate's path to a trust anchor (RFC 5280), offline.",
                "",
                "Files may be PEM (several certificates and CRLs), DER, PKCS#7 (.p7b) or",
                "PKCS#12 without keys. Repeat --trust, --untrusted, --crl and --eku for",
                "several values. Extra certificates in the LEAF file count as untrusted.",
                "Revocation: 'require' (default with --crl or --ocsp) needs a current CRL or OCSP",
                "response for every certificate below the anchor; 'best-effort' checks",
                "what it can and warns of the rest; 'none' (the default otherwise) skips it.",
                "Exit status: 0 the path validates, 1 it does not (each failure names the",
                "certificate and the rule), 2 usage error (missing or unreadable file, bad",
                "--at, bad --eku).",
                "Stored mode: --device REF validates the identities stored for a device against",
                "only the anchors pinned to its model, with the stored intermediates, CRLs and",
                "OCSP responses, now (best-effort revocation); --all re-validates every stored",
                "identity (progress on standard error).",
                ""})
final class IdentityValidateCommand implements Callable<Integer> {

    private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9][0-9]{0,9})){1,30}");
    /** RFC 5280 names for the usual extended key usages. */
    private static final Map<String, String> EKU_NAMES = Map.of(
            "serverauth", "1.3.6.1.5.5.7.3.1",
            "clientauth", "1.3.6.1.5.5.7.3.2",
            "codesigning", "1.3.6.1.5.5.7.3.3",
            "emailprotection", "1.3.6.1.5.5.7.3.4",
            "timestamping", "1.3.6.1.5.5.7.3.8",
            "ocspsigning", "1.3.6.1.5.5.7.3.9");

    private final CliSession session;
    private final Cli.Console console;

    @Option(names = "--trust", paramLabel = "ROOT.pem", description = "Trust anchors (roots or pinned intermediates).")
    List<Path> trust = new ArrayList<>();

    @Option(names = "--untrusted", paramLabel = "CERT.pem", description = "Candidate intermediate certificates.")
    List<Path> untrusted = new ArrayList<>();

    @Option(names = "--crl", paramLabel = "FILE", description = "CRLs (PEM or DER).")
    List<Path> crls = new ArrayList<>();

    @Option(names = "--ocsp", paramLabel = "FILE",
            description = "Stored OCSP responses (DER, as openssl ocsp -respout writes them).")
    List<Path> ocsp = new ArrayList<>();

    @Option(names = "--at", paramLabel = "TIME",
            description = "Validation time, ISO-8601 (2026-01-31T12:00:00Z, or a date = its start in UTC). "
                    + "Default: now.")
    String at;

    @Option(names = "--eku", paramLabel = "OID",
            description = "Extended key usage the leaf must carry: a dotted OID or serverAuth, clientAuth, "
                    + "codeSigning, emailProtection, timeStamping, OCSPSigning.")
    List<String> ekus = new ArrayList<>();

    @Option(names = "--revocation", paramLabel = "MODE",
            description = "require, best-effort or none (default: require with --crl or --ocsp, else none).")
    String revocation;

    @Option(names = "--allow-weak",
            description = "Report RSA < 2048 / EC < 256 bit keys and SHA-1 / MD5 signatures as warnings, not "
                    + "failures.")
    boolean allowWeak;

    @Option(names = "--json", description = "One JSON object: valid, at, revocation, path, failures, warnings.")
    boolean json;

    @Parameters(index = "0", arity = "0..1", paramLabel = "LEAF.pem", description = "The certificate to validate.")
    Path leaf;

    @Option(names = "--device", paramLabel = "REF",
            description = "Stored mode: validate this device's stored identities (registry id or UDI).")
    String device;

    @Option(names = "--all", description = "Stored mode: re-validate every stored identity.")
    boolean all;

    IdentityValidateCommand(CliSession session, Cli.Console console) {
        this.session = session;
        this.console = console;
    }

    @Override
    public Integer call() {
        if (device != null || all) {
            if (leaf != null || !trust.isEmpty() || !untrusted.isEmpty() || !crls.isEmpty() || !ocsp.isEmpty()
                    || at != null || !ekus.isEmpty() || revocation != null || allowWeak || (device != null && all)) {
                return usage("--device and --all use the stored anchors, intermediates and CRLs; give one of them"
                        + " alone (with --json at most).");
            }
            return all ? StoredIdentityValidation.all(session, json, console)
                    : StoredIdentityValidation.device(session, device, json, console);
        }
        if (leaf == null) {
            return usage("give the certificate to validate (LEAF.pem).");
        }
        return validateFiles();
    }

    /** File mode: leaf, anchors, intermediates and CRLs all from files. */
    private int validateFiles() {
        if (trust.isEmpty()) {
            return usage("give at least one trust anchor with --trust ROOT.pem.");
        }
        try {
            Instant when = validationTime();
            Set<String> required = requiredEkus();
            RevocationMode mode = revocationMode();
            ValidationFiles leafFile = ValidationFiles.read(List.of(leaf), "LEAF", true);
            ValidationFiles anchors = ValidationFiles.read(trust, "--trust", true);
            ValidationFiles intermediates = ValidationFiles.read(untrusted, "--untrusted", true);
            ValidationFiles revocationLists = ValidationFiles.read(crls, "--crl", false);
            List<java.security.cert.X509Certificate> candidates = new ArrayList<>(intermediates.certificates());
            List<java.security.cert.X509Certificate> inLeafFile = leafFile.certificates();
            candidates.addAll(inLeafFile.subList(1, inLeafFile.size()));
            List<java.security.cert.X509CRL> allCrls = new ArrayList<>(revocationLists.crls());
            allCrls.addAll(leafFile.crls());
            allCrls.addAll(intermediates.crls());
            ValidationRequest request = new ValidationRequest(inLeafFile.get(0), candidates,
                    anchors.certificates(), allCrls, ValidationFiles.readOcsp(ocsp), when, required, mode,
                    allowWeak ? AlgorithmPolicy.DEFAULT.flagOnly() : AlgorithmPolicy.DEFAULT);
            PathValidation outcome = new PathValidator().validate(request);
            return ValidationReport.print(outcome, leaf.toString(), when, mode, json, console);
        } catch (ValidationFiles.UsageProblem problem) {
            return usage(problem.getMessage());
        }
    }

    private Instant validationTime() throws ValidationFiles.UsageProblem {
        if (at == null) {
            return session.services().clock().instant();
        }
        try {
            return OffsetDateTime.parse(at).toInstant();
        } catch (DateTimeException notADateTime) {
            try {
                return LocalDate.parse(at).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeException notADate) {
                throw new ValidationFiles.UsageProblem("--at " + at + " is not an ISO-8601 time such as "
                        + "2026-01-31T12:00:00Z.");
            }
        }
    }

    private Set<String> requiredEkus() throws ValidationFiles.UsageProblem {
        Set<String> oids = new LinkedHashSet<>();
        for (String eku : ekus) {
            String named = EKU_NAMES.get(eku.toLowerCase(Locale.ROOT));
            if (named != null) {
                oids.add(named);
            } else if (OID.matcher(eku).matches()) {
                oids.add(eku);
            } else {
                throw new ValidationFiles.UsageProblem("--eku " + eku + " is neither a dotted OID "
                        + "(1.3.6.1.5.5.7.3.2) nor a known name (serverAuth, clientAuth, codeSigning, "
                        + "emailProtection, timeStamping, OCSPSigning).");
            }
        }
        return oids;
    }

    private RevocationMode revocationMode() throws ValidationFiles.UsageProblem {
        if (revocation == null) {
            return crls.isEmpty() && ocsp.isEmpty() ? RevocationMode.NONE : RevocationMode.REQUIRE;
        }
        switch (revocation.toLowerCase(Locale.ROOT)) {
            case "require":
                return RevocationMode.REQUIRE;
            case "best-effort":
                return RevocationMode.BEST_EFFORT;
            case "none":
                return RevocationMode.NONE;
            default:
                throw new ValidationFiles.UsageProblem("--revocation " + revocation
                        + " is not one of require, best-effort, none.");
        }
    }

    private int usage(String message) {
        console.err().println("uditrust identity validate: " + message);
        console.err().println("Try: uditrust identity validate --help");
        return Cli.USAGE;
    }
}
