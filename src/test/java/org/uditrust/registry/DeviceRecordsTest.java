package org.uditrust.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.uditrust.audit.CanonicalJson;
import org.uditrust.udi.Issuer;
import org.uditrust.udi.UdiDate;

/**
 * A device's audit JSON is hashed into the chain, so the fast member-by-member writer must give exactly the text
 * the map-based canonical form gives (the form every stored entry before it was written in).
 */
class DeviceRecordsTest {

    @Property(tries = 500)
    void theWrittenRecordIsTheCanonicalFormOfTheDevice(@ForAll("devices") Device device) {
        assertThat(DeviceRecords.auditJson(device)).isEqualTo(CanonicalJson.write(asMap(device)));
    }

    @Test
    void aTypicalImportedDeviceReadsAsExpected() {
        Device d = new Device(42, "GS1|09506000134352|L1|S1|2027-12-31|||", Issuer.GS1, "09506000134352", "L1", "S1",
                UdiDate.ofDay(LocalDate.of(2027, 12, 31)), null, null, null, "(01)09506000134352(17)271231(10)L1(21)S1",
                "(01)09506000134352(17)271231(10)L1(21)S1", DeviceStatus.IN_SERVICE,
                new Location("St Mary", "B1", "ICU", "R2"), "Biomed", null,
                List.of(new LabelFinding("label.no-serial-expected", "GUDID says \"no serial\"")),
                Instant.EPOCH, "me@ws", Instant.EPOCH, 1);

        assertThat(DeviceRecords.auditJson(d)).isEqualTo("{\"carrier\":\"(01)09506000134352(17)271231(10)L1(21)S1\","
                + "\"di\":\"09506000134352\",\"donationId\":null,\"expiry\":\"2027-12-31\",\"findings\":[{\"code\":"
                + "\"label.no-serial-expected\",\"message\":\"GUDID says \\\"no serial\\\"\"}],\"humanReadable\":"
                + "\"(01)09506000134352(17)271231(10)L1(21)S1\",\"id\":42,\"issuer\":\"GS1\",\"location\":"
                + "{\"building\":"
                + "\"B1\",\"department\":\"ICU\",\"room\":\"R2\",\"site\":\"St Mary\"},\"lot\":\"L1\",\"manufactured\":"
                + "null,\"notes\":null,\"owner\":\"Biomed\",\"serial\":\"S1\",\"softwareVersion\":null,\"status\":"
                + "\"IN_SERVICE\",\"udiKey\":\"GS1|09506000134352|L1|S1|2027-12-31|||\",\"version\":1}");
    }

    /** The map form DeviceRecords wrote before the member-by-member writer: the reference. */
    private static Map<String, Object> asMap(Device d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("carrier", d.carrier());
        m.put("di", d.di());
        m.put("donationId", d.donationId());
        m.put("expiry", d.expiry() == null ? null : d.expiry().display());
        m.put("findings", d.findings().stream()
                .map(f -> Map.<String, Object>of("code", f.code(), "message", f.message())).toList());
        m.put("humanReadable", d.humanReadable());
        m.put("id", d.id());
        m.put("issuer", d.issuer().name());
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("building", d.location().building());
        location.put("department", d.location().department());
        location.put("room", d.location().room());
        location.put("site", d.location().site());
        m.put("location", location);
        m.put("lot", d.lot());
        m.put("manufactured", d.manufactured() == null ? null : d.manufactured().display());
        m.put("notes", d.notes());
        m.put("owner", d.owner());
        m.put("serial", d.serial());
        m.put("softwareVersion", d.softwareVersion());
        m.put("status", d.status().name());
        m.put("udiKey", d.udiKey());
        m.put("version", d.version());
        return m;
    }

    @Provide
    Arbitrary<Device> devices() {
        // Any text, control characters, quotes, backslashes and non-ASCII included; null where a field may be empty.
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(20);
        Arbitrary<String> optional = text.injectNull(0.3);
        Arbitrary<UdiDate> date = Arbitraries.integers().between(0, 20_000)
                .map(n -> UdiDate.ofDay(LocalDate.of(2000, 1, 1).plusDays(n))).injectNull(0.4);
        Arbitrary<Location> location = Combinators.combine(optional, optional, optional, optional)
                .as(Location::new);
        Arbitrary<List<LabelFinding>> findings = Combinators.combine(text, text).as(LabelFinding::new).list()
                .ofMaxSize(3);
        Arbitrary<long[]> numbers = Combinators.combine(Arbitraries.longs().between(1, Long.MAX_VALUE),
                Arbitraries.longs().between(1, 1_000)).as((id, version) -> new long[] {id, version});
        Arbitrary<String[]> strings = optional.array(String[].class).ofSize(8);
        return Combinators.combine(numbers, strings, text, date, date, location, findings,
                Arbitraries.of(DeviceStatus.class)).as((n, s, required, expiry, made, where, found, status) ->
                new Device(n[0], required, Issuer.GS1, required, s[0], s[1], expiry, made, s[2], s[3],
                        s[4] == null ? required : s[4], s[5] == null ? required : s[5], status, where, s[6], s[7],
                        found, Instant.EPOCH, "me@ws", Instant.EPOCH, n[1]));
    }
}
