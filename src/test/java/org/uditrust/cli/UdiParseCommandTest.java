package org.uditrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The `uditrust udi parse` contract of issue #3: JSON fields, one object per input, exit codes 0/1/2. */
class UdiParseCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GS = "\u001d";
    /** GS1 General Specifications style UDI as a DataMatrix scanner sends it: AIM ]d2, GS after the lot. */
    private static final String GS1_SCAN = "]d2" + "0109506000134352" + "17201225" + "10ABC123" + GS + "21XYZ";

    @Test
    void validGs1ScanGivesEveryContractField() throws Exception {
        CliRunner.Run run = CliRunner.run("udi", "parse", "--json", GS1_SCAN);

        assertThat(run.exitCode()).isZero();
        List<JsonNode> objects = lines(run.out());
        assertThat(objects).hasSize(1);
        JsonNode o = objects.get(0);
        assertThat(fieldNames(o)).startsWith("input", "valid", "issuer", "di", "lot", "serial", "expiry",
                "manufactured", "elements", "problems");
        assertThat(o.get("input").asText()).isEqualTo(GS1_SCAN);
        assertThat(o.get("valid").asBoolean()).isTrue();
        assertThat(o.get("issuer").asText()).isEqualTo("GS1");
        assertThat(o.get("di").asText()).isEqualTo("09506000134352");
        assertThat(o.get("lot").asText()).isEqualTo("ABC123");
        assertThat(o.get("serial").asText()).isEqualTo("XYZ");
        assertThat(o.get("expiry").asText()).isEqualTo("2020-12-25");
        assertThat(o.get("manufactured").isNull()).isTrue();
        assertThat(o.get("elements")).hasSize(4);
        assertThat(o.get("problems").isArray()).isTrue();
    }

    @Test
    void badCheckDigitIsInvalidWithPositionedProblemAndExitOne() throws Exception {
        // AccessGUDID's documented example has a wrong GTIN check digit (7 is right): primer, "Published examples".
        CliRunner.Run run = CliRunner.run("udi", "parse", "--json", "(01)00208851107345(17)150331");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode o = lines(run.out()).get(0);
        assertThat(o.get("valid").asBoolean()).isFalse();
        assertThat(o.get("di").isNull()).isTrue();
        JsonNode problem = o.get("problems").get(0);
        assertThat(problem.get("code").asText()).isNotBlank();
        assertThat(problem.get("position").asInt()).isBetween(4, 17);
        assertThat(problem.get("message").asText()).contains("01");
    }

    @Test
    void oneObjectPerInputAndExitOneWhenAnyIsInvalid() throws Exception {
        CliRunner.Run run = CliRunner.run("udi", "parse", "--json", GS1_SCAN, "not a udi", "(01)09506000134352");

        assertThat(run.exitCode()).isEqualTo(1);
        List<JsonNode> objects = lines(run.out());
        assertThat(objects).extracting(o -> o.get("valid").asBoolean()).containsExactly(true, false, true);
        assertThat(objects.get(1).get("issuer").isNull()).isTrue();
    }

    @Test
    void readsOneInputPerLineFromStandardInput() throws Exception {
        CliRunner.Run run = CliRunner.runWithInput("(01)09506000134352(10)A1\r\n\n+A123BJC5D6E71G\n",
                "udi", "parse", "--json");

        List<JsonNode> objects = lines(run.out());
        assertThat(objects).hasSize(2);
        assertThat(objects.get(0).get("lot").asText()).isEqualTo("A1");
        assertThat(objects.get(1).get("issuer").asText()).isEqualTo("HIBCC");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aMegabyteLineIsRejectedAsTooLongNotRead() throws Exception {
        CliRunner.Run run = CliRunner.runWithInput("0".repeat(1_000_000) + "\n", "udi", "parse", "--json");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode o = lines(run.out()).get(0);
        assertThat(o.get("problems").get(0).get("code").asText()).isEqualTo("udi.too-long");
    }

    @Test
    void scannerSubstituteForGroupSeparatorIsHonoured() throws Exception {
        CliRunner.Run run = CliRunner.run("udi", "parse", "--json", "--gs-substitute", "|",
                "0109506000134352" + "10ABC123|21XYZ");

        JsonNode o = lines(run.out()).get(0);
        assertThat(o.get("valid").asBoolean()).isTrue();
        assertThat(o.get("lot").asText()).isEqualTo("ABC123");
        assertThat(o.get("serial").asText()).isEqualTo("XYZ");
    }

    @Test
    void textOutputShowsTheFieldsAndMakesGroupSeparatorsVisible() {
        CliRunner.Run run = CliRunner.run("udi", "parse", GS1_SCAN);

        assertThat(run.out()).contains("VALID").contains("09506000134352").contains("<GS>")
                .doesNotContain(GS);
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRunner.run("udi", "parse", "--no-such-flag", "x").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("udi", "no-such-command").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("udi", "encode", "(01)09506000134352").exitCode()).isEqualTo(2);
    }

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    private static List<String> fieldNames(JsonNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
