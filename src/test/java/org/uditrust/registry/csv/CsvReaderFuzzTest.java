package org.uditrust.registry.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * No byte sequence makes the CSV reader throw; records come in line order, within the limits; nothing follows a
 * fatal fault; and anything {@link CsvWriter} writes reads back cell for cell.
 */
class CsvReaderFuzzTest {

    private static final CsvLimits LIMITS = new CsvLimits(200, 8);
    private static final String ALPHABET = "\",;\t\r\n ab=+'\u00e9\u001d";

    @FuzzTest(maxDuration = "20s")
    void neverThrowsAndStaysConsistent(FuzzedDataProvider data) {
        byte[] input;
        if (data.consumeBoolean()) {
            input = data.consumeBytes(2000);
        } else {
            StringBuilder sb = new StringBuilder();
            int n = data.consumeInt(0, 400);
            for (int i = 0; i < n; i++) {
                sb.append(ALPHABET.charAt(data.consumeInt(0, ALPHABET.length() - 1)));
            }
            input = sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        CsvReader reader = CsvReader.open(new ByteArrayInputStream(input), LIMITS);
        assertThat(reader.delimiter()).isIn(',', ';', '\t');
        long lastLine = 0;
        long lines = 1 + count(input, (byte) '\n') + count(input, (byte) '\r');
        for (CsvRow row = reader.next(); row != null; row = reader.next()) {
            // A record starts on a later line than the row before it; a fault may share the line of the fault
            // before it (text after a quote, then bytes that are not UTF-8 on the same line).
            if (row instanceof CsvRow.Record) {
                assertThat(row.line()).isGreaterThan(lastLine);
            } else {
                assertThat(row.line()).isGreaterThanOrEqualTo(lastLine);
            }
            assertThat(row.line()).isLessThanOrEqualTo(lines);
            lastLine = row.line();
            if (row instanceof CsvRow.Record record) {
                assertThat(record.fields()).isNotEmpty().hasSizeLessThanOrEqualTo(LIMITS.maxColumns());
                assertThat(record.fields().stream().mapToInt(String::length).sum())
                        .isLessThanOrEqualTo(LIMITS.maxRecordChars());
            } else {
                CsvRow.Malformed bad = (CsvRow.Malformed) row;
                assertThat(bad.code()).startsWith("csv.");
                assertThat(bad.message()).isNotBlank();
                if (bad.fatal()) {
                    assertThat(reader.next()).isNull();
                    break;
                }
            }
        }
        assertThat(reader.next()).isNull();

        // round trip: cells of any content come back as written
        List<List<String>> records = new ArrayList<>();
        int recordCount = data.consumeInt(1, 4);
        for (int r = 0; r < recordCount; r++) {
            List<String> cells = new ArrayList<>();
            int cellCount = data.consumeInt(1, 4);
            for (int c = 0; c < cellCount; c++) {
                cells.add(data.consumeString(20).replace("\uFEFF", ""));
            }
            if (cells.stream().allMatch(String::isEmpty)) {
                cells.set(0, "x"); // an all-empty record with one cell is a blank line, which readers skip
            }
            records.add(cells);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter writer = new CsvWriter(out)) {
            records.forEach(writer::record);
        }
        CsvReader back = CsvReader.open(new ByteArrayInputStream(out.toByteArray()), CsvLimits.DEFAULT);
        List<List<String>> read = new ArrayList<>();
        for (CsvRow row = back.next(); row != null; row = back.next()) {
            if (row instanceof CsvRow.Record record) {
                read.add(record.fields().stream().map(FormulaGuard::strip).toList());
            } else {
                read.add(List.of("MALFORMED " + row));
            }
        }
        boolean encodable = records.stream().flatMap(List::stream)
                .allMatch(cell -> cell.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF));
        if (encodable) {
            assertThat(read).isEqualTo(records);
        }
    }

    private static long count(byte[] input, byte b) {
        long n = 0;
        for (byte x : input) {
            n += x == b ? 1 : 0;
        }
        return n;
    }
}
