package org.uditrust.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads JSON Lines output: one object per non-empty line, failing the test on anything else. */
final class Jsonl {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Jsonl() {
    }

    static List<JsonNode> lines(String out) {
        List<JsonNode> objects = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                try {
                    objects.add(JSON.readTree(line));
                } catch (IOException e) {
                    throw new UncheckedIOException("not a JSON line: " + line, e);
                }
            }
        }
        return objects;
    }

    static JsonNode single(String out) {
        List<JsonNode> objects = lines(out);
        if (objects.size() != 1) {
            throw new AssertionError("expected one JSON line, got " + objects.size() + ": " + out);
        }
        return objects.get(0);
    }

    static List<String> fieldNames(JsonNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
