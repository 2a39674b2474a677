package org.uditrust.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hash chain detects an edited, a removed and an inserted entry, and names the first one. */
class AuditVerifierTest {

    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");

    @Test
    void untouchedChainIsIntactWithItsHeadHash() {
        List<AuditEntry> trail = trail(5);

        AuditVerification result = verify(trail);

        assertThat(result).isEqualTo(new AuditVerification.Intact(5, trail.get(4).hash()));
    }

    @Test
    void emptyTrailIsIntact() {
        assertThat(verify(List.of())).isEqualTo(new AuditVerification.Intact(0, AuditChain.GENESIS));
    }

    @Test
    void editedValueIsNamedAsAltered() {
        List<AuditEntry> trail = new ArrayList<>(trail(5));
        AuditEntry e = trail.get(2);
        AuditChange forged = new AuditChange(e.change().action(), e.change().entityType(), e.change().entityId(),
                e.change().before(), e.change().after().replace("Ward 3", "Ward 4"));
        trail.set(2, new AuditEntry(e.sequence(), e.at(), e.actor(), forged, e.previousHash(), e.hash()));

        AuditVerification result = verify(trail);

        assertThat(result).isInstanceOf(AuditVerification.Broken.class);
        AuditVerification.Broken broken = (AuditVerification.Broken) result;
        assertThat(broken.sequence()).isEqualTo(3);
        assertThat(broken.kind()).isEqualTo(AuditVerification.Kind.ALTERED);
        assertThat(broken.message()).contains("entry 3");
    }

    @Test
    void editedActorOrTimeIsAlteredToo() {
        List<AuditEntry> trail = new ArrayList<>(trail(3));
        AuditEntry e = trail.get(1);
        trail.set(1, new AuditEntry(e.sequence(), e.at(), "mallory@ws", e.change(), e.previousHash(), e.hash()));
        assertThat(((AuditVerification.Broken) verify(trail)).kind()).isEqualTo(AuditVerification.Kind.ALTERED);

        trail = new ArrayList<>(trail(3));
        e = trail.get(1);
        trail.set(1, new AuditEntry(e.sequence(), e.at().plusSeconds(1), e.actor(), e.change(), e.previousHash(),
                e.hash()));
        assertThat(((AuditVerification.Broken) verify(trail)).sequence()).isEqualTo(2);
    }

    @Test
    void removedEntryIsNamed() {
        List<AuditEntry> trail = new ArrayList<>(trail(5));
        trail.remove(1);

        AuditVerification.Broken broken = (AuditVerification.Broken) verify(trail);

        assertThat(broken.sequence()).isEqualTo(2);
        assertThat(broken.kind()).isEqualTo(AuditVerification.Kind.REMOVED);
    }

    @Test
    void rehashedForgeryStillBreaksTheNextLink() {
        // An attacker who edits entry 2 and recomputes its hash still breaks entry 3's link to it.
        List<AuditEntry> trail = new ArrayList<>(trail(4));
        AuditEntry e = trail.get(1);
        AuditChange forged = new AuditChange(e.change().action(), e.change().entityType(), "999",
                e.change().before(), e.change().after());
        String rehashed = AuditChain.hash(e.sequence(), e.at(), e.actor(), forged, e.previousHash());
        trail.set(1, new AuditEntry(e.sequence(), e.at(), e.actor(), forged, e.previousHash(), rehashed));

        AuditVerification.Broken broken = (AuditVerification.Broken) verify(trail);

        assertThat(broken.sequence()).isEqualTo(3);
        assertThat(broken.kind()).isEqualTo(AuditVerification.Kind.INSERTED);
    }

    @Test
    void insertedEntryIsNamed() {
        List<AuditEntry> trail = new ArrayList<>(trail(3));
        // A well-formed entry linked to entry 1, slipped in between 1 and 2 with a reused sequence number.
        AuditEntry inserted = AuditChain.link(trail.get(0), T0.plusSeconds(30), "mallory@ws",
                new AuditChange("device.delete", "device", "7", "{}", null));
        trail.add(1, inserted);
        trail.remove(2);
        trail.add(2, trail(3).get(1));

        AuditVerification.Broken broken = (AuditVerification.Broken) verify(trail);

        assertThat(broken.kind()).isEqualTo(AuditVerification.Kind.INSERTED);
        assertThat(broken.sequence()).isEqualTo(2);
    }

    @Test
    void nullAndEmptyValuesHashDifferently() {
        AuditChange withNull = new AuditChange("a", "t", "1", null, "{}");
        AuditChange withEmpty = new AuditChange("a", "t", "1", "", "{}");
        assertThat(AuditChain.hash(1, T0, "u", withNull, AuditChain.GENESIS))
                .isNotEqualTo(AuditChain.hash(1, T0, "u", withEmpty, AuditChain.GENESIS));
    }

    @Test
    void fieldBoundariesCannotBeForged() {
        // "ab" + "c" and "a" + "bc" must not hash alike: fields are length-prefixed.
        AuditChange one = new AuditChange("ab", "c", "1", null, "{}");
        AuditChange two = new AuditChange("a", "bc", "1", null, "{}");
        assertThat(AuditChain.hash(1, T0, "u", one, AuditChain.GENESIS))
                .isNotEqualTo(AuditChain.hash(1, T0, "u", two, AuditChain.GENESIS));
    }

    @Test
    void hashIsSha256HexOfTheDocumentedText() throws Exception {
        AuditChange change = new AuditChange("device.insert", "device", "1", null, "{\"a\":1}");
        String text = "1:1;20:2026-11-25T08:00:00Z;5:alice;13:device.insert;6:device;1:1;-1:;7:{\"a\":1};64:"
                + AuditChain.GENESIS + ";";
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(AuditChain.hash(1, T0, "alice", change, AuditChain.GENESIS))
                .isEqualTo(java.util.HexFormat.of().formatHex(digest));
    }

    @Test
    void canonicalJsonSortsKeysAndEscapes() {
        assertThat(CanonicalJson.write(Map.of("b", 1, "a", "x\"y\n", "c", Map.of("z", true, "y", List.of(1, "2")))))
                .isEqualTo("{\"a\":\"x\\\"y\\n\",\"b\":1,\"c\":{\"y\":[1,\"2\"],\"z\":true}}");
    }

    private static List<AuditEntry> trail(int n) {
        List<AuditEntry> entries = new ArrayList<>();
        AuditEntry previous = null;
        for (int i = 0; i < n; i++) {
            AuditChange change = new AuditChange("device.move", "device", Integer.toString(i),
                    "{\"room\":\"Ward 2\"}", "{\"room\":\"Ward 3\"}");
            previous = AuditChain.link(previous, T0.plusSeconds(i), "alice@ws1", change);
            entries.add(previous);
        }
        return entries;
    }

    private static AuditVerification verify(List<AuditEntry> trail) {
        AuditVerifier verifier = new AuditVerifier();
        trail.forEach(verifier::accept);
        return verifier.result();
    }
}
