package org.uditrust.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.Udi;
import org.uditrust.udi.UdiParser;

/** Binding rules over certificates openssl made, read by the real inspector: the fields as devices carry them. */
class IdentityBinderOpensslTest {

    private static final ParseOptions OPTIONS =
            ParseOptions.defaults(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));
    private static final String HW_TYPE = "1.3.6.1.4.1.99999.1.7";

    @TempDir
    Path dir;

    private static CertificateInfo inspect(Path pem) throws IOException {
        CertificateReadResult read = CertificateFiles.read(Files.readAllBytes(pem), pem.toString(), null);
        return CertificateInspector.inspect(((CertificateReadResult.Read) read).certificates().get(0));
    }

    private static Udi label(String text) {
        return ((ParseResult.Valid) new UdiParser(OPTIONS).parse(text)).udi();
    }

    @Test
    void everyFieldARuleCanPointAtIsReadFromARealCertificate() throws IOException {
        OpensslPki pki = OpensslPki.create(dir);
        List<String> san = new ArrayList<>(List.of("URI.1=urn:epc:id:sgtin:0614141.812345.SN%2F42",
                "URI.2=https://id.gs1.org/01/80614141123458/21/SN%2F42"));
        san.addAll(OpensslPki.hardwareModuleName(HW_TYPE, "SN/42"));
        CertificateInfo cert = inspect(pki.leaf("dev", "/CN=Monitor/serialNumber=SN\\/42", 7, san, null));
        Udi label = label("(01)80614141123458(21)SN/42");
        IdentityBinder binder = new IdentityBinder(OPTIONS);
        BindingOutcome.Bound bound = new BindingOutcome.Bound("80614141123458", "SN/42");

        assertThat(binder.check(cert, new BindingRule("Acme", SerialSource.SUBJECT_SERIAL_NUMBER,
                ModelSource.SAN_URI, Map.of()), label)).isEqualTo(bound);
        assertThat(binder.check(cert, new BindingRule("Acme", SerialSource.HARDWARE_MODULE_SERIAL,
                ModelSource.HARDWARE_MODULE_TYPE, Map.of(HW_TYPE, "80614141123458")), label)).isEqualTo(bound);
        assertThat(binder.check(cert, new BindingRule("Acme", SerialSource.SAN_URI, ModelSource.SAN_URI, Map.of()),
                label)).isEqualTo(bound);
        assertThat(binder.check(cert, new BindingRule("Acme", SerialSource.SAN_URI, ModelSource.SAN_URI, Map.of()),
                label("(01)80614141123458(21)SN43"))).isEqualTo(new BindingOutcome.Conflicting("serial", "SN/42",
                "SN43"));
    }

    @Test
    void aCertificateWithoutTheFieldsAssertsNothing() throws IOException {
        OpensslPki pki = OpensslPki.create(dir);
        CertificateInfo cert = inspect(pki.leaf("plain", "/CN=plain", 8, List.of("DNS.1=pump.example"), null));
        BindingOutcome outcome = new IdentityBinder(OPTIONS).check(cert, new BindingRule("Acme",
                SerialSource.HARDWARE_MODULE_SERIAL, ModelSource.SAN_URI, Map.of()), label("(01)80614141123458(21)1"));
        assertThat(outcome).isInstanceOf(BindingOutcome.NotAsserted.class);
        assertThat(((BindingOutcome.NotAsserted) outcome).field()).isEqualTo("di");
    }
}
