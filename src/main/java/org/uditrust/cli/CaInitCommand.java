package org.uditrust.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.uditrust.Services;
import org.uditrust.identity.ca.CaConfig;
import org.uditrust.identity.ca.CaKeys;
import org.uditrust.identity.ca.CaResult;
import org.uditrust.identity.ca.CaSetup;
import org.uditrust.identity.ca.KeyAlgorithm;
import org.uditrust.identity.ca.Pem;
import org.uditrust.identity.ca.Pkcs11CaKeys;
import org.uditrust.identity.ca.Pkcs11Token;
import org.uditrust.identity.ca.Pkcs12CaKeys;
import org.uditrust.identity.ca.ProvisioningCa;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code uditrust ca init}: a new root and issuing CA, or an imported issuing CA, in a CA directory. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create a provisioning CA in a directory: a self-signed root and an issuing CA (pathLen 0),",
                "keys generated in a new PKCS#12 file or on a PKCS#11 token; or import an existing issuing CA",
                "(key + chain to its root) from a PKCS#12 file with --import.",
                "Exit status: 0 created, 1 refused (existing CA, wrong PIN, bad import), 2 usage error."})
final class CaInitCommand implements Callable<Integer> {

    private final CliSession session;
    private final Cli.Console console;

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "The CA directory (state files).")
    Path dir;

    @Option(names = "--pkcs12", paramLabel = "FILE", description = "Keep the keys in this new PKCS#12 file.")
    Path pkcs12;

    @Option(names = "--pkcs11-library", paramLabel = "LIB",
            description = "Keep the keys on a PKCS#11 token of this module, e.g. /usr/lib/softhsm/libsofthsm2.so.")
    Path pkcs11Library;

    @Option(names = "--token-label", paramLabel = "LABEL", description = "The token's label.")
    String tokenLabel;

    @Option(names = "--slot", paramLabel = "ID", description = "The token's slot ID (instead of --token-label).")
    Long slot;

    @Option(names = "--key", paramLabel = "ec-p256|rsa-3072", defaultValue = "ec-p256",
            description = "Key type of the root and issuing CA (default: ${DEFAULT-VALUE}).")
    String key;

    @Option(names = "--root-subject", paramLabel = "DN", description = "e.g. 'CN=Acme Device Root CA,O=Acme'.")
    String rootSubject;

    @Option(names = "--issuing-subject", paramLabel = "DN", description = "e.g. 'CN=Acme Device CA 1,O=Acme'.")
    String issuingSubject;

    @Option(names = "--root-days", paramLabel = "N", description = "Root validity in days (default: 25 years).")
    Integer rootDays;

    @Option(names = "--issuing-days", paramLabel = "N",
            description = "Issuing CA validity in days (default: 15 years).")
    Integer issuingDays;

    @Option(names = "--import", paramLabel = "FILE.p12",
            description = "Import the issuing CA (its key and chain up to the root) from this PKCS#12 file.")
    Path importFile;

    @Option(names = "--import-password-file", paramLabel = "FILE",
            description = "First line: the password of the --import file (else $UDITRUST_CA_IMPORT_PASSWORD).")
    Path importPasswordFile;

    @Mixin
    CaSecrets secrets;

    CaInitCommand(CliSession session, Cli.Console console) {
        this.session = session;
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        if ((pkcs12 == null) == (pkcs11Library == null)) {
            throw usage("Give exactly one of --pkcs12 FILE or --pkcs11-library LIB.");
        }
        if (pkcs11Library != null && (tokenLabel == null) == (slot == null)) {
            throw usage("With --pkcs11-library, give exactly one of --token-label or --slot.");
        }
        KeyAlgorithm algorithm = KeyAlgorithm.byName(key)
                .orElseThrow(() -> usage("Unknown --key '" + key + "': use ec-p256 or rsa-3072."));
        CaSetup setup = null;
        if (importFile == null) {
            if (rootSubject == null || issuingSubject == null) {
                throw usage("Give --root-subject and --issuing-subject (or --import FILE.p12).");
            }
            try {
                CaSetup base = CaSetup.of(algorithm, rootSubject, issuingSubject);
                setup = new CaSetup(algorithm, rootSubject, issuingSubject,
                        rootDays == null ? base.rootValidity() : Duration.ofDays(positive(rootDays, "--root-days")),
                        issuingDays == null ? base.issuingValidity()
                                : Duration.ofDays(positive(issuingDays, "--issuing-days")));
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
        }
        Services services = session.services();
        CaConfig config;
        CaResult<CaKeys> opened;
        char[] secret;
        try {
            secret = pkcs12 != null ? secrets.password() : secrets.pin();
        } catch (CaSecrets.MissingSecret e) {
            console.err().println("uditrust ca: " + e.getMessage());
            return Cli.USAGE;
        }
        try {
            if (pkcs12 != null) {
                config = CaConfig.pkcs12(pkcs12);
                opened = Pkcs12CaKeys.create(pkcs12, secret, services.secureRandom());
            } else {
                Pkcs11Token token;
                try {
                    token = new Pkcs11Token(pkcs11Library, tokenLabel, slot);
                } catch (IllegalArgumentException e) {
                    throw usage(e.getMessage());
                }
                config = CaConfig.pkcs11(token);
                opened = Pkcs11CaKeys.open(token, secret);
            }
        } finally {
            Arrays.fill(secret, '\0');
        }
        if (opened instanceof CaResult.Failed) {
            CaAccess.report(console, ((CaResult.Failed<CaKeys>) opened).problem());
            return Cli.INVALID;
        }
        try (CaKeys keys = ((CaResult.Ok<CaKeys>) opened).value()) {
            CaResult<ProvisioningCa> created = setup != null
                    ? ProvisioningCa.create(dir, config, keys, setup, services.clock(), services.secureRandom())
                    : importInto(config, keys, services);
            if (created == null) {
                return Cli.INVALID;
            }
            if (created instanceof CaResult.Failed) {
                CaAccess.report(console, ((CaResult.Failed<ProvisioningCa>) created).problem());
                return Cli.INVALID;
            }
            ProvisioningCa ca = ((CaResult.Ok<ProvisioningCa>) created).value();
            console.out().println("Created CA in " + dir + " (keys in " + keys.description() + ")");
            console.out().println("Root:    " + ca.root().getSubjectX500Principal().getName() + "  SHA-256 "
                    + Pem.fingerprint(ca.root()));
            console.out().println("Issuing: " + ca.issuing().getSubjectX500Principal().getName() + "  SHA-256 "
                    + Pem.fingerprint(ca.issuing()));
            console.out().println("Give root.pem to the hospitals that validate your devices.");
            return Cli.OK;
        }
    }

    private CaResult<ProvisioningCa> importInto(CaConfig config, CaKeys keys, Services services) throws IOException {
        char[] password;
        try {
            password = CaSecrets.secret(importPasswordFile, "UDITRUST_CA_IMPORT_PASSWORD", "--import-password-file",
                    "import password");
        } catch (CaSecrets.MissingSecret e) {
            console.err().println("uditrust ca: " + e.getMessage());
            return null;
        }
        CaResult<CaKeys> source;
        try {
            source = Pkcs12CaKeys.open(importFile, password, services.secureRandom());
        } finally {
            Arrays.fill(password, '\0');
        }
        if (source instanceof CaResult.Failed) {
            return ((CaResult.Failed<CaKeys>) source).cast();
        }
        try (CaKeys from = ((CaResult.Ok<CaKeys>) source).value()) {
            CaResult<String> alias = Pkcs12CaKeys.keyAlias((Pkcs12CaKeys) from);
            if (alias instanceof CaResult.Failed) {
                return ((CaResult.Failed<String>) alias).cast();
            }
            String a = ((CaResult.Ok<String>) alias).value();
            PrivateKey key = from.privateKey(a).orElseThrow();
            List<X509Certificate> chain = from.chain(a);
            return ProvisioningCa.importIssuing(dir, config, keys, key, chain, services.clock(),
                    services.secureRandom());
        } catch (java.security.GeneralSecurityException e) {
            return CaResult.failed("ca.import-unreadable", importFile.toString(), "The key in " + importFile
                    + " cannot be read: " + e.getMessage());
        }
    }

    private static long positive(int days, String option) {
        if (days <= 0) {
            throw new IllegalArgumentException(option + " must be positive");
        }
        return days;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
