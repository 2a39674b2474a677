package org.uditrust.identity.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uditrust.identity.ca.CaTestSupport.CLOCK;
import static org.uditrust.identity.ca.CaTestSupport.GTIN;
import static org.uditrust.identity.ca.CaTestSupport.HW_TYPE;
import static org.uditrust.identity.ca.CaTestSupport.RANDOM;
import static org.uditrust.identity.ca.CaTestSupport.unit;
import static org.uditrust.identity.ca.ProvisioningCaOpensslTest.ok;

import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uditrust.identity.BindingOutcome;
import org.uditrust.identity.BindingRule;
import org.uditrust.identity.CertificateInspector;
import org.uditrust.identity.IdentityBinder;
import org.uditrust.identity.ModelSource;
import org.uditrust.identity.SerialSource;
import org.uditrust.udi.ParseOptions;

/**
 * The manufacturer's CA and the hospital's binder read one binding rule from two sides: whatever field the CA writes
 * the UDI into, the binder must find the same UDI there (Bound), and must not bind the certificate to a label of
 * another unit (Conflicting on the serial). Written by two different pieces of code, so this is where they meet.
 */
class IssuedCertificatesBindTest {

    private static final char[] PASSWORD = "binding rule both ways".toCharArray();

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "serial in {0}, model in {1}")
    @CsvSource({
            "SUBJECT_SERIAL_NUMBER, SAN_URI",
            "HARDWARE_MODULE_SERIAL, SAN_URI",
            "SAN_URI, SAN_URI",
            "SUBJECT_SERIAL_NUMBER, HARDWARE_MODULE_TYPE",
            "HARDWARE_MODULE_SERIAL, HARDWARE_MODULE_TYPE"})
    void whatTheCaWritesTheBinderReadsBack(SerialSource serialIn, ModelSource modelIn) throws Exception {
        Path dir = tmp.resolve("ca");
        Path p12 = dir.resolve("ca.p12");
        ProvisioningCa ca = ok(ProvisioningCa.create(dir, CaConfig.pkcs12(p12),
                ok(Pkcs12CaKeys.create(p12, PASSWORD, RANDOM)),
                CaSetup.of(KeyAlgorithm.EC_P256, "CN=Acme Root,O=Acme", "CN=Acme Issuing,O=Acme"), CLOCK, RANDOM));
        BindingRule rule = new BindingRule("Acme", serialIn, modelIn, Map.of(HW_TYPE, GTIN));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));

        BatchResult batch = ca.issue(List.of(IssueRequest.publicKey("unit", generator.generateKeyPair().getPublic(),
                unit("PUMP-0042"))), rule, DeviceProfile.IDEVID);

        assertThat(batch.rejected()).isEmpty();
        var info = CertificateInspector.inspect(batch.issued().get(0).certificate());
        IdentityBinder binder = new IdentityBinder(ParseOptions.defaults(CLOCK));
        assertThat(binder.check(info, rule, unit("PUMP-0042")))
                .isEqualTo(new BindingOutcome.Bound(GTIN, "PUMP-0042"));
        assertThat(binder.check(info, rule, unit("PUMP-0043")))
                .isEqualTo(new BindingOutcome.Conflicting(BindingOutcome.SERIAL, "PUMP-0042", "PUMP-0043"));
    }
}
