package org.uditrust.registry.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void rfc4180Section2Examples() {
        // RFC 4180 section 2, rules 6 and 7: line breaks and doubled quotes inside quoted fields
        List<CsvRow> rows = all("\"aaa\",\"b\r\nbb\",\"ccc\"\r\nzzz,yyy,xxx\r\n\"aaa\",\"b\"\"bb\",\"ccc\"");
        assertThat(rows).containsExactly(
                new CsvRow.Record(1, List.of("aaa", "b\r\nbb", "ccc")),
                new CsvRow.Record(3, List.of("zzz", "yyy", "xxx")),
                new CsvRow.Record(4, List.of("aaa", "b\"bb", "ccc")));
    }

    @Test
    void emptyCellsAndTrailingDelimiterAreKept() {
        assertThat(all("a,,c,\n,,\n")).containsExactly(
                new CsvRow.Record(1, List.of("a", "", "c", "")),
                new CsvRow.Record(2, List.of("", "", "")));
    }

    @Test
    void detectsSemicolonAndTabFromTheHeader() {
        CsvReader semicolon = CsvReader.of("udi;site;notes\n\"a;b\";x,y;z\n");
        assertThat(semicolon.delimiter()).isEqualTo(';');
        semicolon.next();
        assertThat(semicolon.next()).isEqualTo(new CsvRow.Record(2, List.of("a;b", "x,y", "z")));

        CsvReader tab = CsvReader.of("udi\tsite\n1,2\t3\n");
        assertThat(tab.delimiter()).isEqualTo('\t');
        tab.next();
        assertThat(tab.next()).isEqualTo(new CsvRow.Record(2, List.of("1,2", "3")));

        // delimiters inside a quoted header cell do not count
        assertThat(CsvReader.of("\"a;b;c\",d\n").delimiter()).isEqualTo(',');
        assertThat(CsvReader.of("udi\n").delimiter()).isEqualTo(',');
    }

    @Test
    void byteOrderMarkIsDroppedAndUtf8Decoded() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "udi,room\nx,Salle d’op\u00e9ration\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(bom);
        file.writeBytes(body);
        List<CsvRow> rows = all(CsvReader.open(new ByteArrayInputStream(file.toByteArray()), CsvLimits.DEFAULT));
        assertThat(rows.get(0)).isEqualTo(new CsvRow.Record(1, List.of("udi", "room")));
        assertThat(rows.get(1)).isEqualTo(new CsvRow.Record(2, List.of("x", "Salle d’op\u00e9ration")));
    }

    @Test
    void windows1252BytesAreRefusedWithTheirLine() {
        // "Geb\xe4ude" as Excel's "CSV (Comma delimited)" writes it on a German Windows: 0xE4 alone is not UTF-8
        byte[] file = "udi,building\na,b\nc,Geb\u00e4ude\n".getBytes(StandardCharsets.ISO_8859_1);
        List<CsvRow> rows = all(CsvReader.open(new ByteArrayInputStream(file), CsvLimits.DEFAULT));
        assertThat(rows).hasSize(3);
        CsvRow.Malformed bad = (CsvRow.Malformed) rows.get(2);
        assertThat(bad.code()).isEqualTo("csv.not-utf8");
        assertThat(bad.line()).isEqualTo(3);
        assertThat(bad.fatal()).isTrue();
    }

    @Test
    void lineEndingsCrLfLfAndLoneCrAndBlankLines() {
        assertThat(all("a\r\rb\nc\r\n\r\nd")).containsExactly(
                new CsvRow.Record(1, List.of("a")),
                new CsvRow.Record(3, List.of("b")),
                new CsvRow.Record(4, List.of("c")),
                new CsvRow.Record(6, List.of("d")));
    }

    @Test
    void unterminatedQuoteIsFatalAndNamesTheLineItOpened() {
        List<CsvRow> rows = all("udi,notes\nx,\"never closed\ny,z\n");
        assertThat(rows.get(1)).isInstanceOf(CsvRow.Malformed.class);
        CsvRow.Malformed bad = (CsvRow.Malformed) rows.get(1);
        assertThat(bad.code()).isEqualTo("csv.unterminated-quote");
        assertThat(bad.line()).isEqualTo(2);
        assertThat(bad.fatal()).isTrue();
        assertThat(rows).hasSize(2);
    }

    @Test
    void textAfterAClosingQuoteRejectsOnlyThatRecord() {
        List<CsvRow> rows = all("a,\"b\"c,d\ne,f\n");
        assertThat(rows.get(0)).isInstanceOf(CsvRow.Malformed.class);
        assertThat(((CsvRow.Malformed) rows.get(0)).code()).isEqualTo("csv.text-after-quote");
        assertThat(((CsvRow.Malformed) rows.get(0)).fatal()).isFalse();
        assertThat(rows.get(1)).isEqualTo(new CsvRow.Record(2, List.of("e", "f")));
    }

    @Test
    void aQuoteInsideAnUnquotedCellIsKept() {
        assertThat(all("12\" screen,x\n")).containsExactly(new CsvRow.Record(1, List.of("12\" screen", "x")));
    }

    @Test
    void oversizedRecordIsFatalAndTooManyColumnsIsNot() {
        CsvLimits small = new CsvLimits(32, 3);
        List<CsvRow> wide = all(CsvReader.open(bytes("a,b,c,d\nx,y\n"), small));
        assertThat(((CsvRow.Malformed) wide.get(0)).code()).isEqualTo("csv.too-many-columns");
        assertThat(wide.get(1)).isEqualTo(new CsvRow.Record(2, List.of("x", "y")));

        List<CsvRow> longRows = all(CsvReader.open(bytes("a,b\n\"" + "x".repeat(100) + "\"\nc\n"), small));
        assertThat(longRows).hasSize(2);
        CsvRow.Malformed tooLong = (CsvRow.Malformed) longRows.get(1);
        assertThat(tooLong.code()).isEqualTo("csv.record-too-long");
        assertThat(tooLong.line()).isEqualTo(2);
        assertThat(tooLong.fatal()).isTrue();
    }

    /** Found by CsvReaderFuzzTest: the LF of a CRLF inside quotes was not counted against the record limit. */
    @Test
    void lineBreaksInsideQuotesCountAgainstTheRecordLimit() {
        CsvLimits small = new CsvLimits(32, 3);
        // 8 visible characters and 12 CRLF pairs: 32 characters in the cell, 34 with its quotes
        String cell = "ab\r\n\r\ncd\r\n\r\nef\r\n\r\ngh" + "\r\n".repeat(6);
        List<CsvRow> rows = all(CsvReader.open(bytes("x\n\"" + cell + "\"\n"), small));

        assertThat(rows).hasSize(2);
        assertThat(((CsvRow.Malformed) rows.get(1)).code()).isEqualTo("csv.record-too-long");
    }

    @Test
    void writerOutputReadsBackCellForCell() {
        List<List<String>> records = List.of(
                List.of("udi", "notes"),
                List.of("+A123BJC5D6E71G", "line 1\nline \"2\", end"),
                List.of("]d2\u001d0109506000134352", " padded "),
                List.of("=/A9999XYZ100T0476=,000025", "-3 dB; ok"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter writer = new CsvWriter(out)) {
            records.forEach(writer::record);
        }
        List<CsvRow> rows = all(CsvReader.open(new ByteArrayInputStream(out.toByteArray()), CsvLimits.DEFAULT));
        List<List<String>> read = new ArrayList<>();
        for (CsvRow row : rows) {
            read.add(((CsvRow.Record) row).fields().stream().map(FormulaGuard::strip).toList());
        }
        assertThat(read).isEqualTo(records);
        // the HIBCC cell is guarded in the file itself
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("'+A123BJC5D6E71G").startsWith("\uFEFFudi,");
    }

    @Test
    void emptyInputHasNoRecords() {
        assertThat(all("")).isEmpty();
        assertThat(all("\n\r\n")).isEmpty();
    }

    private static ByteArrayInputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static List<CsvRow> all(String text) {
        return all(CsvReader.of(text));
    }

    private static List<CsvRow> all(CsvReader reader) {
        List<CsvRow> rows = new ArrayList<>();
        for (CsvRow row = reader.next(); row != null; row = reader.next()) {
            rows.add(row);
        }
        return rows;
    }
}
