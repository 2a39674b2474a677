package org.uditrust.registry.csv;

import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Writes RFC 4180 CSV that {@link CsvReader} and spreadsheets read back: comma-separated, CRLF after every record,
 * a cell quoted when it holds a comma, quote, CR or LF, or begins or ends with a space, quotes doubled.
 *
 * <p>Two choices for spreadsheets: the file starts with a UTF-8 byte order mark, without which Excel reads UTF-8 as
 * the local code page; and a cell beginning with {@code = + - @}, tab or CR is prefixed with an apostrophe so a
 * spreadsheet shows it as text instead of running it as a formula (OWASP "CSV injection"). HIBCC UDIs begin with
 * {@code +} and ISBT 128 ones with {@code =}, so this matters here; {@link FormulaGuard#strip} removes the prefix
 * when the file is imported again.
 */
public final class CsvWriter implements Flushable, AutoCloseable {

    private final Writer out;

    /**
     * @param out where to write (buffered here; not closed until {@link #close})
     */
    public CsvWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(Objects.requireNonNull(out, "out"),
                StandardCharsets.UTF_8), 64 * 1024);
        write("\uFEFF");
    }

    /** Writes one record; a null cell is written empty. */
    public void record(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                write(",");
            }
            cell(cells.get(i));
        }
        write("\r\n");
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void cell(String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        String text = FormulaGuard.protect(value);
        if (needsQuotes(text)) {
            write("\"");
            write(text.replace("\"", "\"\""));
            write("\"");
        } else {
            write(text);
        }
    }

    private static boolean needsQuotes(String text) {
        if (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ') {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n' || c == ';' || c == '\t') {
                return true;
            }
        }
        return false;
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
