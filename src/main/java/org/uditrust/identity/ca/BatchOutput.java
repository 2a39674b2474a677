package org.uditrust.identity.ca;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes what a batch produced to an output directory, for the production line and for the people who print
 * labels: {@code SERIAL.pem} per device (its certificate), {@code devices.pem} (all of them), {@code chain.pem}
 * (issuing CA then root, to install next to each device certificate), and {@code results.jsonl}, one line per
 * request: {@code udi}, {@code status} (issued / rejected), {@code serial}, {@code sha256}, {@code file}, or
 * {@code code} and {@code message}.
 */
public final class BatchOutput {

    public static final String BUNDLE = "devices.pem";
    public static final String CHAIN = "chain.pem";
    public static final String RESULTS = "results.jsonl";

    /**
     * One device's certificate as written.
     *
     * @param device the certificate
     * @param file   its PEM file
     */
    public record DeviceFile(IssuedDeviceCertificate device, Path file) {
        public DeviceFile {
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(file, "file");
        }
    }

    private BatchOutput() {
    }

    /** Writes {@code batch} into {@code dir} (created if needed); returns the device files in request order. */
    public static List<DeviceFile> write(Path dir, BatchResult batch, ProvisioningCa ca) throws IOException {
        Files.createDirectories(dir);
        List<DeviceFile> files = new ArrayList<>();
        StringBuilder bundle = new StringBuilder();
        StringBuilder results = new StringBuilder();
        for (DeviceIssue outcome : batch.outcomes()) {
            Map<String, String> line = new LinkedHashMap<>();
            if (outcome instanceof DeviceIssue.Issued) {
                IssuedDeviceCertificate device = ((DeviceIssue.Issued) outcome).certificate();
                String pem = Pem.certificate(device.certificate());
                Path file = dir.resolve(device.serialHex() + ".pem");
                AtomicFiles.writeString(file, pem);
                bundle.append(pem);
                files.add(new DeviceFile(device, file));
                line.put("source", device.source());
                line.put("udi", device.udi().humanReadable());
                line.put("status", "issued");
                line.put("serial", device.serialHex());
                line.put("sha256", device.sha256());
                line.put("file", file.getFileName().toString());
            } else {
                DeviceIssue.Rejected rejected = (DeviceIssue.Rejected) outcome;
                line.put("source", rejected.source());
                line.put("udi", rejected.udi().humanReadable());
                line.put("status", "rejected");
                line.put("code", rejected.problem().code());
                line.put("message", rejected.problem().message());
            }
            results.append(FlatJson.write(line)).append('\n');
        }
        AtomicFiles.writeString(dir.resolve(BUNDLE), bundle.toString());
        Pem.writeCertificates(dir.resolve(CHAIN), List.<X509Certificate>of(ca.issuing(), ca.root()));
        AtomicFiles.write(dir.resolve(RESULTS), results.toString().getBytes(StandardCharsets.UTF_8));
        return files;
    }
}
