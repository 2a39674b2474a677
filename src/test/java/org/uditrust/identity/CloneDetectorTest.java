package org.uditrust.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CloneDetectorTest {

    private static IdentityFact fact(String fp, String key, String serialHex, Long device, String di, String sn) {
        return new IdentityFact(fp, key, "CN=Acme Issuing CA", serialHex, device, di, sn);
    }

    @Test
    void distinctIdentitiesAreNoClones() {
        assertTrue(CloneDetector.find(List.of(fact("f1", "k1", "01", 1L, "09506000134352", "A"),
                fact("f2", "k2", "02", 2L, "09506000134352", "B"))).isEmpty());
    }

    @Test
    void oneKeyOnTwoDevices() {
        List<CloneFinding> findings = CloneDetector.find(List.of(fact("f1", "k1", "01", 1L, null, null),
                fact("f2", "k1", "02", 2L, null, null)));
        assertEquals(List.of(new CloneFinding.SharedKey("k1", List.of(1L, 2L), List.of("f1", "f2"))), findings);
    }

    @Test
    void oneKeyTwiceOnOneDeviceIsARenewalNotAClone() {
        assertTrue(CloneDetector.find(List.of(fact("f1", "k1", "01", 1L, null, null),
                fact("f2", "k1", "02", 1L, null, null))).isEmpty());
    }

    @Test
    void twoKeysClaimOneUdiWhateverTheGtinLength() {
        List<CloneFinding> findings = CloneDetector.find(List.of(fact("f1", "k1", "01", 1L, "9506000134352", "A"),
                fact("f2", "k2", "02", null, "09506000134352", "A")));
        assertEquals(List.of(new CloneFinding.SharedUdi("09506000134352", "A", List.of("k1", "k2"),
                List.of("f1", "f2"))), findings);
    }

    @Test
    void issuerAndSerialReusedOnDifferentCertificates() {
        List<CloneFinding> findings = CloneDetector.find(List.of(fact("f1", "k1", "0a", 1L, null, null),
                fact("f2", "k2", "0a", 2L, null, null)));
        assertEquals(1, findings.size());
        assertEquals("clone.reused-serial", findings.get(0).code());
        assertEquals(List.of("f1", "f2"), findings.get(0).fingerprints());
    }
}
