package org.uditrust.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The text that audit hashes cover must not depend on the order a map was filled in, nor on a fast path. */
class CanonicalJsonTest {

    @Test
    void aMapFilledInKeyOrderAndOneFilledOutOfOrderGiveTheSameText() {
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("a", "x");
        ordered.put("b", Map.of("z", 1L, "y", "q\"uote"));
        ordered.put("c", null);
        Map<String, Object> reversed = new LinkedHashMap<>();
        reversed.put("c", null);
        reversed.put("b", Map.of("y", "q\"uote", "z", 1L));
        reversed.put("a", "x");

        assertThat(CanonicalJson.write(ordered)).isEqualTo(CanonicalJson.write(reversed))
                .isEqualTo("{\"a\":\"x\",\"b\":{\"y\":\"q\\\"uote\",\"z\":1},\"c\":null}");
    }

    @Test
    void keysThatOnlyLookOrderedAreStillSorted() {
        Map<String, Object> upperAfterLower = new LinkedHashMap<>();
        upperAfterLower.put("b", 1);
        upperAfterLower.put("B", 2);
        upperAfterLower.put("a", 3);

        assertThat(CanonicalJson.write(upperAfterLower)).isEqualTo("{\"B\":2,\"a\":3,\"b\":1}");
    }

    @Test
    void plainAndEscapedStringsAreWrittenAsBefore() {
        assertThat(CanonicalJson.write(Map.of("s", List.of("plain \u00e9\u4e2d", "tab\there", "back\\slash",
                "bell\u0007", "line\nbreak"))))
                .isEqualTo("{\"s\":[\"plain \u00e9\u4e2d\",\"tab\\there\",\"back\\\\slash\",\"bell\\u0007\","
                        + "\"line\\nbreak\"]}");
    }

    @Test
    void theObjectWriterGivesTheTextOfTheMapForm() {
        String written = CanonicalJson.object().put("a", "x\"y").beginObject("b").put("y", "q").put("z", 1)
                .endObject().put("c", (String) null)
                .putObjects("d", List.<String[]>of(new String[] {"k", "v\n"})).toJson();

        Map<String, Object> b = new LinkedHashMap<>();
        b.put("y", "q");
        b.put("z", 1L);
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a", "x\"y");
        map.put("b", b);
        map.put("c", null);
        map.put("d", List.of(Map.of("k", "v\n")));
        assertThat(written).isEqualTo(CanonicalJson.write(map));
    }

    @Test
    void theObjectWriterRefusesKeysOutOfOrderInsteadOfWritingNonCanonicalText() {
        CanonicalJson.ObjectWriter writer = CanonicalJson.object().put("b", "1");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.put("a", "2"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ascending");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CanonicalJson.object().put("a", "1").put("a", "2"))
                .isInstanceOf(IllegalStateException.class);
    }
}
