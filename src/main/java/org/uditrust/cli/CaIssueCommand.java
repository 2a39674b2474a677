package org.uditrust.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.uditrust.Services;
import org.uditrust.barcode.Symbology;
import org.uditrust.identity.BindingRule;
import org.uditrust.identity.ModelSource;
import org.uditrust.identity.SerialSource;
import org.uditrust.identity.ca.BatchOutput;
import org.uditrust.identity.ca.BatchResult;
import org.uditrust.identity.ca.CaResult;
import org.uditrust.identity.ca.DeviceIssue;
import org.uditrust.identity.ca.DeviceProfile;
import org.uditrust.identity.ca.IssueRequest;
import org.uditrust.identity.ca.IssuedDeviceCertificate;
import org.uditrust.identity.ca.PublicKeyFiles;
import org.uditrust.registry.Actor;
import org.uditrust.registry.IdentityService;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.Udi;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code uditrust ca issue}: device certificates in batch from CSRs and a list of UDIs. */
@Command(name = "issue", mixinStandardHelpOptions = true,
        description = {"Issue IEEE 802.1AR device certificates from PKCS#10 CSRs, one per UDI: the n-th line of",
                "--udi-file (GS1 element string, HRI, Digital Link or HIBC) goes with the n-th CSR (--csr in the",
                "order given, or --csr-dir's *.csr/*.pem/*.der files sorted by name, or --public-key's bare keys).",
                "Writes SERIAL.pem per device,",
                "devices.pem, chain.pem and results.jsonl to --out; with --labels also SERIAL.png (GS1 DataMatrix).",
                "A CSR that does not verify, a weak key, or a UDI without serial is reported; the batch goes on.",
                "Exit status: 0 all issued, 1 any refused (or the CA could not be opened), 2 usage error."})
final class CaIssueCommand implements Callable<Integer> {

    /** A UDI list is a few lines per device; a million devices fit comfortably. */
    private static final long MAX_UDI_FILE_BYTES = 64L << 20;
    private static final int MAX_BATCH = 1_000_000;

    private final CliSession session;
    private final Cli.Console console;

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "The CA directory.")
    Path dir;

    @Option(names = "--csr", arity = "1..*", paramLabel = "FILE", description = "CSR files, in UDI order.")
    List<Path> csrFiles;

    @Option(names = "--csr-dir", paramLabel = "DIR", description = "A directory of CSRs, taken in name order.")
    Path csrDir;

    @Option(names = "--public-key", arity = "1..*", paramLabel = "FILE",
            description = {"Bare device public keys (PEM 'PUBLIC KEY' or DER), in UDI order, for devices that cannot",
                    "sign a CSR. No proof of possession: the line that collected the keys vouches for them."})
    List<Path> publicKeyFiles;

    @Option(names = "--udi-file", required = true, paramLabel = "FILE", description = "One UDI per line.")
    Path udiFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the results.")
    Path out;

    @Option(names = "--labels", description = "Also write a GS1 DataMatrix label (PNG) per device.")
    boolean labels;

    @Option(names = "--serial-in", paramLabel = "subject-serial|hw-module|san-uri", defaultValue = "subject-serial",
            description = "Where the UDI serial goes (default: ${DEFAULT-VALUE}).")
    String serialIn;

    @Option(names = "--model-in", paramLabel = "san-uri|hw-type", defaultValue = "san-uri",
            description = "Where the model (UDI-DI) goes (default: ${DEFAULT-VALUE}).")
    String modelIn;

    @Option(names = "--hw-type", paramLabel = "OID=DI", description = "hwType OID for a UDI-DI (repeatable).")
    List<String> hwTypes = new ArrayList<>();

    @Option(names = "--manufacturer", paramLabel = "NAME",
            description = "Subject O of device certificates (default: the issuing CA's O).")
    String manufacturer;

    @Option(names = "--validity-days", paramLabel = "N",
            description = "Validity of device certificates (default: none, notAfter 99991231235959Z per 802.1AR).")
    Integer validityDays;

    @Option(names = "--key-agreement", description = "Add keyAgreement to keyUsage for EC device keys.")
    boolean keyAgreement;

    @Option(names = "--no-register", description = {"Do not record the issued devices in the registry.",
            "By default each issued certificate is stored as its device's bound IDevID (the device is registered if",
            "it is not yet) with a provisioning record, all in the audit trail of the --db database."})
    boolean noRegister;

    @Option(names = "--json", description = "One JSON object per request instead of text.")
    boolean json;

    @Mixin
    CaSecrets secrets;

    CaIssueCommand(CliSession session, Cli.Console console) {
        this.session = session;
        this.console = console;
    }

    @Override
    public Integer call() throws IOException, GeneralSecurityException {
        List<Path> requestFiles = requestFiles();
        SerialSource serialSource = serialSource();
        ModelSource modelSource = modelSource();
        Map<String, String> hwTypeToDi = hwTypeMap();
        DeviceProfile profile = new DeviceProfile(validityDays == null ? null : Duration.ofDays(days()),
                keyAgreement);
        List<String> udiLines = udiLines();
        if (udiLines.size() != requestFiles.size()) {
            throw usage("--udi-file has " + udiLines.size() + " UDI(s) but " + requestFiles.size()
                    + " CSR(s) or key(s) were given; "
                    + "they are paired in order, so the counts must match.");
        }
        Services services = session.services();
        List<IssueRequest> requests = new ArrayList<>();
        int invalid = 0;
        for (int i = 0; i < requestFiles.size(); i++) {
            ParseResult parsed = services.parser().parse(udiLines.get(i));
            if (parsed instanceof ParseResult.Valid) {
                Udi udi = ((ParseResult.Valid) parsed).udi();
                if (publicKeyFiles == null) {
                    requests.add(IssueRequest.csrFile(requestFiles.get(i), udi));
                    continue;
                }
                CaResult<PublicKey> key = readPublicKey(requestFiles.get(i));
                if (key instanceof CaResult.Ok) {
                    requests.add(IssueRequest.publicKey(requestFiles.get(i).toString(),
                            ((CaResult.Ok<PublicKey>) key).value(), udi));
                } else {
                    invalid++;
                    report(new DeviceIssue.Rejected(i, requestFiles.get(i).toString(), udi,
                            ((CaResult.Failed<PublicKey>) key).problem()));
                }
            } else {
                invalid++;
                reportInvalidUdi(i, requestFiles.get(i), udiLines.get(i), parsed);
            }
        }
        try (CaAccess.Opened opened = CaAccess.open(dir, secrets, services, console)) {
            if (opened == null) {
                return Cli.INVALID;
            }
            BindingRule rule;
            try {
                rule = new BindingRule(manufacturer != null ? manufacturer : opened.ca().manufacturer(),
                        serialSource, modelSource, hwTypeToDi);
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
            BatchResult batch = opened.ca().issue(requests, rule, profile);
            List<BatchOutput.DeviceFile> files = BatchOutput.write(out, batch, opened.ca());
            int next = 0;
            for (DeviceIssue outcome : batch.outcomes()) {
                if (outcome instanceof DeviceIssue.Issued) {
                    BatchOutput.DeviceFile file = files.get(next++);
                    Path label = labels ? writeLabel(services, file.device()) : null;
                    IdentityService.Provisioned record = noRegister ? null
                            : record(services, file.device(), opened.ca().issuing());
                    report(file, label, record);
                } else {
                    report((DeviceIssue.Rejected) outcome);
                }
            }
            if (!json) {
                console.out().println(batch.issued().size() + " issued, " + (batch.rejected().size() + invalid)
                        + " refused; results in " + out.resolve(BatchOutput.RESULTS));
            }
            return batch.rejected().isEmpty() && invalid == 0 ? Cli.OK : Cli.INVALID;
        }
    }

    /**
     * The provisioning record in the registry (and its audit entries): the device is registered if it is not yet,
     * and the certificate becomes its bound IDevID. One transaction per device, so a failure later in the batch
     * leaves the devices already issued recorded, matching the certificates already written.
     */
    private IdentityService.Provisioned record(Services services, IssuedDeviceCertificate device,
                                               X509Certificate issuing) {
        return services.identities().recordProvisioned(device.udi(), device.certificate(),
                issuing.getSubjectX500Principal().getName(), out.getFileName().toString(),
                Actor.operatingSystemUser());
    }

    private Path writeLabel(Services services, IssuedDeviceCertificate device) throws IOException {
        Path label = out.resolve(device.serialHex() + ".png");
        services.encoder().write(device.udi(), Symbology.DATAMATRIX, label);
        return label;
    }

    private void report(BatchOutput.DeviceFile file, Path label, IdentityService.Provisioned record) {
        IssuedDeviceCertificate d = file.device();
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("status", "issued");
            o.put("source", d.source());
            o.put("udi", d.udi().humanReadable());
            o.put("serial", d.serialHex());
            o.put("sha256", d.sha256());
            o.put("file", file.file().toString());
            if (label != null) {
                o.put("label", label.toString());
            }
            if (record != null) {
                o.put("deviceId", record.device().id());
                o.put("newDevice", record.newDevice());
            }
            console.out().println(DeviceOutput.line(o));
        } else {
            console.out().println("Issued   " + d.serialHex() + "  " + ParseOutput.printable(d.udi().humanReadable())
                    + "  " + file.file() + (label != null ? "  label " + label : "")
                    + (record == null ? "" : record.newDevice() ? "  registered as device " + record.device().id()
                    : "  bound to device " + record.device().id()));
        }
    }

    private void report(DeviceIssue.Rejected r) {
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("status", "rejected");
            o.put("source", r.source());
            o.put("udi", r.udi().humanReadable());
            o.put("code", r.problem().code());
            o.put("message", r.problem().message());
            console.out().println(DeviceOutput.line(o));
        } else {
            console.out().println("Refused  " + r.source() + "  " + ParseOutput.printable(r.udi().humanReadable())
                    + ": " + r.problem().message() + " [" + r.problem().code() + "]");
        }
    }

    private void reportInvalidUdi(int i, Path csr, String line, ParseResult parsed) {
        String message = "line " + (i + 1) + " of " + udiFile + " is not a valid UDI: "
                + parsed.problems().get(0).message();
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("status", "rejected");
            o.put("source", csr.toString());
            o.put("udi", line);
            o.put("code", "ca.udi-invalid");
            o.put("message", message);
            console.out().println(DeviceOutput.line(o));
        } else {
            console.out().println("Refused  " + csr + "  " + ParseOutput.printable(line) + ": " + message
                    + " [ca.udi-invalid]");
        }
    }

    private CaResult<PublicKey> readPublicKey(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return CaResult.failed("key.missing", file.toString(), "There is no file " + file + ".");
        }
        if (Files.size(file) > PublicKeyFiles.MAX_BYTES) {
            return CaResult.failed("key.too-large", file.toString(), "The file is larger than "
                    + PublicKeyFiles.MAX_BYTES + " bytes; a public key file is smaller.");
        }
        return PublicKeyFiles.read(Files.readAllBytes(file), file.toString());
    }

    /** The CSR files, or with --public-key the key files (both are paired with the UDIs in order). */
    private List<Path> requestFiles() throws IOException {
        int given = (csrFiles == null ? 0 : 1) + (csrDir == null ? 0 : 1) + (publicKeyFiles == null ? 0 : 1);
        if (given != 1) {
            throw usage("Give --csr FILE…, --csr-dir DIR or --public-key FILE… (one of them).");
        }
        if (publicKeyFiles != null) {
            if (publicKeyFiles.size() > MAX_BATCH) {
                throw usage("More than " + MAX_BATCH + " public keys; split the batch.");
            }
            return publicKeyFiles;
        }
        if (csrFiles != null) {
            return csrFiles;
        }
        if (!Files.isDirectory(csrDir)) {
            throw usage("--csr-dir " + csrDir + " is not a directory.");
        }
        try (Stream<Path> files = Files.list(csrDir)) {
            List<Path> found = files.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".csr") || n.endsWith(".pem") || n.endsWith(".der");
            }).sorted().limit(MAX_BATCH + 1L).toList();
            if (found.size() > MAX_BATCH) {
                throw usage("--csr-dir holds more than " + MAX_BATCH + " CSRs; split the batch.");
            }
            return found;
        }
    }

    private List<String> udiLines() throws IOException {
        if (!Files.isRegularFile(udiFile)) {
            throw usage("--udi-file " + udiFile + " does not exist.");
        }
        if (Files.size(udiFile) > MAX_UDI_FILE_BYTES) {
            throw usage("--udi-file " + udiFile + " is larger than " + MAX_UDI_FILE_BYTES + " bytes.");
        }
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(udiFile, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    private SerialSource serialSource() {
        switch (serialIn.toLowerCase(Locale.ROOT)) {
            case "subject-serial":
                return SerialSource.SUBJECT_SERIAL_NUMBER;
            case "hw-module":
                return SerialSource.HARDWARE_MODULE_SERIAL;
            case "san-uri":
                return SerialSource.SAN_URI;
            default:
                throw usage("Unknown --serial-in '" + serialIn + "': use subject-serial, hw-module or san-uri.");
        }
    }

    private ModelSource modelSource() {
        switch (modelIn.toLowerCase(Locale.ROOT)) {
            case "san-uri":
                return ModelSource.SAN_URI;
            case "hw-type":
                return ModelSource.HARDWARE_MODULE_TYPE;
            default:
                throw usage("Unknown --model-in '" + modelIn + "': use san-uri or hw-type.");
        }
    }

    private Map<String, String> hwTypeMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : hwTypes) {
            int eq = pair.indexOf('=');
            String oid = eq < 0 ? "" : pair.substring(0, eq).strip();
            String di = eq < 0 ? "" : pair.substring(eq + 1).strip();
            if (!oid.matches("[0-2](\\.(0|[1-9][0-9]*))+") || di.isEmpty()) {
                throw usage("--hw-type '" + pair + "' is not OID=DI, e.g. 1.3.6.1.4.1.55555.1.7=09506000134352.");
            }
            map.put(oid, di);
        }
        return map;
    }

    private long days() {
        if (validityDays <= 0) {
            throw usage("--validity-days must be positive.");
        }
        return validityDays;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
