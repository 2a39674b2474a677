package org.uditrust.registry.csv;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A streaming RFC 4180 reader for the CSV files spreadsheets export: quoted cells with embedded delimiters, line
 * breaks and doubled quotes; CRLF, LF or a lone CR (Excel for Mac) between records; UTF-8 with or without a byte
 * order mark. The delimiter, comma, semicolon (Excel in locales with a decimal comma) or tab, is told from the first
 * line. Memory is bounded by {@link CsvLimits}: one record at a time.
 *
 * <p>Bad input never throws: a record that breaks the rules comes back as {@link CsvRow.Malformed} with its line
 * number; only I/O failures of the underlying stream throw ({@link UncheckedIOException}). Deliberately lenient in
 * one place, as Excel and Python's csv module are: a quote inside an unquoted cell ({@code 12" screen}) is kept as a
 * character. Blank lines are skipped.
 */
public final class CsvReader implements Closeable {

    private static final int END = -1;
    private static final int DECODE_ERROR = -2;
    private static final int NONE = -3;

    private static final int START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int AFTER_QUOTE = 3;

    private final InputStream in;
    private final CsvLimits limits;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024).flip();
    private final CharBuffer chars = CharBuffer.allocate(64 * 1024).flip();
    private final StringBuilder cell = new StringBuilder();
    private boolean inputEof;
    private boolean charsDone;
    private boolean decodeError;
    /** Characters read ahead for delimiter detection, served before the stream. */
    private String pending = "";
    private int pendingPos;
    private int peeked = NONE;
    private final char delimiter;
    private long line = 1;
    private boolean finished;

    private CsvReader(InputStream in, CsvLimits limits) {
        this.in = Objects.requireNonNull(in, "in");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.delimiter = detectDelimiter();
    }

    /** Reads UTF-8 CSV from {@code in}, telling the delimiter from the first line. */
    public static CsvReader open(InputStream in, CsvLimits limits) {
        return new CsvReader(in, limits);
    }

    /** Reads CSV held in a string (tests, pasted text). */
    public static CsvReader of(String text) {
        return open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), CsvLimits.DEFAULT);
    }

    /** The delimiter told from the first line: the one of comma, semicolon and tab occurring most outside quotes. */
    public char delimiter() {
        return delimiter;
    }

    /** The next record, or null at the end of the input (and after a fatal {@link CsvRow.Malformed}). */
    public CsvRow next() {
        if (finished) {
            return null;
        }
        while (true) {
            int c = read();
            if (c == END) {
                finished = true;
                return null;
            }
            if (c == DECODE_ERROR) {
                return notUtf8();
            }
            if (c == '\n' || c == '\r') {
                endOfLine(c);
                continue;
            }
            return record(c);
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CsvRow record(int first) {
        long start = line;
        long quoteLine = line;
        List<String> fields = new ArrayList<>();
        cell.setLength(0);
        boolean tooWide = false;
        int length = 0;
        int state = START;
        for (int c = first; ; c = read()) {
            if (c >= 0 && ++length > limits.maxRecordChars()) {
                finished = true;
                return new CsvRow.Malformed(start, "csv.record-too-long", state == QUOTED
                        ? "The quoted cell opened on line " + quoteLine + " runs past " + limits.maxRecordChars()
                        + " characters: its closing quote (\") is probably missing."
                        : "The record on line " + start + " is longer than " + limits.maxRecordChars()
                        + " characters; no inventory row is that long, so the file was not read further.", true);
            }
            if (c == DECODE_ERROR) {
                return notUtf8();
            }
            if (state == QUOTED) {
                if (c == '"') {
                    state = AFTER_QUOTE;
                } else if (c == END) {
                    finished = true;
                    return new CsvRow.Malformed(quoteLine, "csv.unterminated-quote", "The quoted cell opened on line "
                            + quoteLine + " is never closed: a closing quote (\") is missing.", true);
                } else {
                    cell.append((char) c);
                    if (c == '\n') {
                        line++;
                    } else if (c == '\r') {
                        if (peek() == '\n') {
                            cell.append((char) read());
                            // counted too: the next character (at least the closing quote) checks the limit
                            length++;
                        }
                        line++;
                    }
                    length += bulk('"', limits.maxRecordChars() - length);
                }
                continue;
            }
            if (state == AFTER_QUOTE && c == '"') {
                cell.append('"');
                state = QUOTED;
                continue;
            }
            if (c == delimiter || c == '\n' || c == '\r' || c == END) {
                tooWide |= !addCell(fields);
                if (c == delimiter) {
                    state = START;
                    continue;
                }
                endOfLine(c);
                if (tooWide) {
                    return new CsvRow.Malformed(start, "csv.too-many-columns", "The record on line " + start
                            + " has more than " + limits.maxColumns() + " cells.", false);
                }
                return new CsvRow.Record(start, fields);
            }
            if (state == AFTER_QUOTE) {
                skipRestOfLine();
                return new CsvRow.Malformed(start, "csv.text-after-quote", "On line " + line
                        + " a quoted cell is followed by text before the next delimiter ('" + delimiterName()
                        + "'); put the whole cell in quotes and double any quote inside it.", false);
            }
            if (state == START && c == '"') {
                state = QUOTED;
                quoteLine = line;
                continue;
            }
            cell.append((char) c);
            state = UNQUOTED;
            length += bulk(delimiter, limits.maxRecordChars() - length);
        }
    }

    /**
     * The fast path: appends to the cell, straight from the decoded buffer, the characters up to the next
     * {@code stop}, CR or LF (at most {@code budget}), which the state machine would only append one by one.
     * Returns how many; 0 when characters are pending elsewhere (look-ahead) or the buffer is empty.
     */
    private int bulk(char stop, int budget) {
        if (peeked != NONE || pendingPos < pending.length() || budget <= 0) {
            return 0;
        }
        char[] a = chars.array();
        int start = chars.position();
        int end = Math.min(chars.limit(), start + budget);
        int pos = start;
        while (pos < end) {
            char ch = a[pos];
            if (ch == stop || ch == '\n' || ch == '\r') {
                break;
            }
            pos++;
        }
        cell.append(a, start, pos - start);
        chars.position(pos);
        return pos - start;
    }

    private boolean addCell(List<String> fields) {
        boolean fits = fields.size() < limits.maxColumns();
        if (fits) {
            fields.add(cell.toString());
        }
        cell.setLength(0);
        return fits;
    }

    private void endOfLine(int c) {
        if (c == '\r' && peek() == '\n') {
            read();
        }
        if (c == '\n' || c == '\r') {
            line++;
        }
    }

    private void skipRestOfLine() {
        while (true) {
            int c = read();
            if (c == END || c == DECODE_ERROR) {
                if (c == DECODE_ERROR) {
                    peeked = DECODE_ERROR;
                }
                return;
            }
            if (c == '\n' || c == '\r') {
                endOfLine(c);
                return;
            }
        }
    }

    private CsvRow notUtf8() {
        finished = true;
        return new CsvRow.Malformed(line, "csv.not-utf8", "Line " + line + " holds bytes that are not UTF-8 text; "
                + "save the file as \"CSV UTF-8\" and import it again.", true);
    }

    private String delimiterName() {
        return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
    }

    /**
     * Reads the first line (up to the record limit) ahead and picks the delimiter that occurs most outside quotes;
     * a header of one column has none and reads as comma-separated. A leading byte order mark is dropped.
     */
    private char detectDelimiter() {
        StringBuilder head = new StringBuilder();
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        int c = readStream();
        if (c == '\uFEFF') {
            c = readStream();
        }
        while (c >= 0 && head.length() <= limits.maxRecordChars()) {
            head.append((char) c);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == '\n' || c == '\r') {
                    break;
                }
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
            c = readStream();
        }
        pending = head.toString();
        if (c == DECODE_ERROR) {
            peeked = DECODE_ERROR;
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas && tabs > semicolons ? '\t' : ',';
    }

    private int peek() {
        if (peeked == NONE) {
            peeked = read();
        }
        return peeked;
    }

    private int read() {
        if (peeked != NONE) {
            int c = peeked;
            peeked = c < 0 ? c : NONE;
            return c;
        }
        if (pendingPos < pending.length()) {
            return pending.charAt(pendingPos++);
        }
        return readStream();
    }

    private int readStream() {
        if (!chars.hasRemaining()) {
            refill();
            if (!chars.hasRemaining()) {
                return decodeError ? DECODE_ERROR : END;
            }
        }
        return chars.get();
    }

    /** Decodes the next chunk; stops at the first byte sequence that is not UTF-8 (chars before it are served). */
    private void refill() {
        chars.clear();
        try {
            while (!decodeError && !charsDone) {
                CoderResult result = decoder.decode(bytes, chars, inputEof);
                if (result.isError()) {
                    decodeError = true;
                } else if (chars.position() > 0) {
                    break;
                } else if (inputEof) {
                    decoder.flush(chars);
                    charsDone = true;
                } else {
                    bytes.compact();
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) {
                        inputEof = true;
                    } else {
                        bytes.position(bytes.position() + n);
                    }
                    bytes.flip();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            chars.flip();
        }
    }
}
