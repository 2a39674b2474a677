package org.uditrust.registry.gudid;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.uditrust.registry.DeviceModel;

/**
 * Arbitrary documents, half of them grafted into a real lookup skeleton so the fuzzer reaches the field mapping:
 * the reader never throws, and a parsed model always has the primary DI of one of its identifiers.
 */
class GudidLookupJsonFuzzTest {

    private static final GudidLookupJson READER = new GudidLookupJson(new ReleaseLimits(1024, 16, 10, 64 * 1024));

    @FuzzTest(maxDuration = "20s")
    void arbitraryJsonNeverThrows(FuzzedDataProvider data) {
        boolean skeleton = data.consumeBoolean();
        String a = data.consumeString(200);
        String b = data.consumeRemainingAsString();
        String json = skeleton
                ? "{\"gudid\":{\"device\":{\"identifiers\":{\"identifier\":[{\"deviceId\":\"" + a
                        + "\",\"deviceIdType\":\"Primary\"}]}," + b + "}}}"
                : a + b;
        LookupJsonResult result = READER.parse(json.getBytes(StandardCharsets.UTF_8), "fuzz.json");
        assertThat(result).isNotNull();
        if (result instanceof LookupJsonResult.Parsed) {
            DeviceModel m = ((LookupJsonResult.Parsed) result).model();
            assertThat(m.identifiers()).extracting(DeviceModel.Identifier::deviceId).contains(m.primaryDi());
        } else {
            assertThat(((LookupJsonResult.Rejected) result).message()).contains("fuzz.json");
        }
    }
}
