package org.uditrust.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.Udi;
import org.uditrust.udi.UdiParser;

class IdentityBinderTest {

    private static final ParseOptions OPTIONS =
            ParseOptions.defaults(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));
    private static final IdentityBinder BINDER = new IdentityBinder(OPTIONS);
    private static final String HW_TYPE = "1.3.6.1.4.1.99999.1.7";

    private static final BindingRule SUBJECT_SERIAL_AND_DL = new BindingRule("Acme", SerialSource.SUBJECT_SERIAL_NUMBER,
            ModelSource.SAN_URI, Map.of());
    private static final BindingRule HMN = new BindingRule("Acme", SerialSource.HARDWARE_MODULE_SERIAL,
            ModelSource.HARDWARE_MODULE_TYPE, Map.of(HW_TYPE, "9506000134352"));
    private static final BindingRule URI_ONLY = new BindingRule("Acme", SerialSource.SAN_URI, ModelSource.SAN_URI,
            Map.of());

    private static Udi label(String text) {
        ParseResult r = new UdiParser(OPTIONS).parse(text);
        assertTrue(r.isValid(), () -> text + ": " + r.problems());
        return ((ParseResult.Valid) r).udi();
    }

    private static final Udi LABEL = label("(01)09506000134352(21)SN123");

    @Test
    void subjectSerialNumberAndDigitalLinkBind() {
        CertificateInfo cert = TestCertificateInfos.info("SN123", null,
                "https://id.gs1.org/01/09506000134352/21/SN123");
        assertEquals(new BindingOutcome.Bound("09506000134352", "SN123"),
                BINDER.check(cert, SUBJECT_SERIAL_AND_DL, LABEL));
    }

    @Test
    void zeroSuppressedGtinInTheCertificateIsTheSameModel() {
        CertificateInfo cert = TestCertificateInfos.info("SN123", null, "https://example.com/01/9506000134352");
        assertEquals(new BindingOutcome.Bound("09506000134352", "SN123"),
                BINDER.check(cert, SUBJECT_SERIAL_AND_DL, LABEL));
    }

    @Test
    void otherSerialConflictsNamingBothValues() {
        CertificateInfo cert = TestCertificateInfos.info("SN999", null,
                "https://id.gs1.org/01/09506000134352/21/SN999");
        assertEquals(new BindingOutcome.Conflicting("serial", "SN999", "SN123"),
                BINDER.check(cert, SUBJECT_SERIAL_AND_DL, LABEL));
    }

    @Test
    void otherModelConflictsBeforeTheSerialIsLookedAt() {
        CertificateInfo cert = TestCertificateInfos.info("SN123", null, "urn:epc:id:sgtin:0614141.812345.SN123");
        assertEquals(new BindingOutcome.Conflicting("di", "80614141123458", "09506000134352"),
                BINDER.check(cert, SUBJECT_SERIAL_AND_DL, LABEL));
    }

    @Test
    void hardwareModuleNameTypeMapsToTheDiAndSerialBinds() {
        CertificateInfo cert = TestCertificateInfos.info(null,
                new HardwareModuleName(HW_TYPE, "534e313233", "SN123"));
        assertEquals(new BindingOutcome.Bound("09506000134352", "SN123"), BINDER.check(cert, HMN, LABEL));
    }

    @Test
    void unmappedHwTypeIsNotAssertedAndSaysWhichType() {
        CertificateInfo cert = TestCertificateInfos.info(null,
                new HardwareModuleName("1.2.3.4", "534e313233", "SN123"));
        BindingOutcome outcome = BINDER.check(cert, HMN, LABEL);
        assertTrue(outcome instanceof BindingOutcome.NotAsserted, outcome.toString());
        assertEquals("di", ((BindingOutcome.NotAsserted) outcome).field());
        assertTrue(((BindingOutcome.NotAsserted) outcome).reason().contains("1.2.3.4"));
    }

    @Test
    void binaryHwSerialNumIsNotAsserted() {
        CertificateInfo cert = TestCertificateInfos.info(null, new HardwareModuleName(HW_TYPE, "00ff", null));
        BindingOutcome outcome = BINDER.check(cert, HMN, LABEL);
        assertEquals("serial", ((BindingOutcome.NotAsserted) outcome).field());
    }

    @Test
    void missingSubjectSerialIsNotAsserted() {
        CertificateInfo cert = TestCertificateInfos.info(null, null, "https://id.gs1.org/01/09506000134352");
        assertEquals(new BindingOutcome.NotAsserted("serial", "the subject has no serialNumber attribute"),
                BINDER.check(cert, SUBJECT_SERIAL_AND_DL, LABEL));
    }

    @Test
    void sgtinUrnCarriesModelAndPercentEncodedSerial() {
        Udi label = label("(01)80614141123458(21)A/1");
        CertificateInfo cert = TestCertificateInfos.info(null, null, "DNS-not-a-uri",
                "urn:epc:id:sgtin:0614141.812345.A%2F1");
        assertEquals(new BindingOutcome.Bound("80614141123458", "A/1"), BINDER.check(cert, URI_ONLY, label));
    }

    @Test
    void labelWithoutSerialConflictsWithAPerDeviceCertificate() {
        Udi lotOnly = label("(01)09506000134352(10)LOT1");
        CertificateInfo cert = TestCertificateInfos.info("SN123", null, "https://id.gs1.org/01/09506000134352");
        assertEquals(new BindingOutcome.Conflicting("serial", "SN123", null),
                BINDER.check(cert, SUBJECT_SERIAL_AND_DL, lotOnly));
    }

    @Test
    void uriThatIsNoUdiIsNotAModel() {
        CertificateInfo cert = TestCertificateInfos.info("SN123", null, "https://example.com/device/42",
                "urn:epc:id:sgtin:0614141.81234.1");
        BindingOutcome outcome = BINDER.check(cert, SUBJECT_SERIAL_AND_DL, LABEL);
        assertTrue(outcome instanceof BindingOutcome.NotAsserted, outcome.toString());
    }

    @Test
    void sgtinRebuildsTheGtinWithItsCheckDigit() {
        assertEquals("80614141123458", UdiUri.sgtin("urn:epc:id:sgtin:0614141.812345.6789").orElseThrow().di());
        assertEquals("6789", UdiUri.sgtin("urn:epc:id:sgtin:0614141.812345.6789").orElseThrow().serial());
        assertTrue(UdiUri.sgtin("urn:epc:id:sgtin:0614141.812345").isEmpty());
        assertTrue(UdiUri.sgtin("urn:epc:id:sgtin:0614141.8123x5.1").isEmpty());
        assertTrue(UdiUri.sgtin("urn:epc:id:sgtin:0614141.812345.%zz").isEmpty());
    }
}
