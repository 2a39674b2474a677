package org.uditrust.registry.gudid;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a byte stream line by line with a fixed buffer: a line longer than the limit is skipped (and reported)
 * without ever being held in memory, so a file with no line breaks costs the same as a well-formed one. Lines end
 * with LF or CR LF; text is UTF-8 (a malformed sequence is replaced and reported); a leading byte-order mark is
 * dropped.
 */
final class LineReader {

    /** What {@link #next()} found. */
    enum Kind { LINE, TOO_LONG, END }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    private long lineNumber;
    private long bytesConsumed;
    private String text;
    private boolean malformed;
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        // Room for the longest allowed line, its CR LF, and enough slack to read in large chunks.
        this.buf = new byte[Math.max(maxLineBytes + 2, 64 * 1024)];
    }

    /** Advances to the next line. After {@link Kind#LINE}, {@link #text()} holds it (without the line break). */
    Kind next() throws IOException {
        text = null;
        malformed = false;
        while (true) {
            int lf = indexOfLf(pos, limit);
            if (lf >= 0) {
                int length = lf - pos;
                int consumed = length + 1;
                lineNumber++;
                bytesConsumed += consumed;
                if (length > 0 && buf[lf - 1] == '\r') {
                    length--;
                }
                if (length > maxLineBytes) {
                    pos = lf + 1;
                    return Kind.TOO_LONG;
                }
                text = decode(pos, length);
                pos = lf + 1;
                return Kind.LINE;
            }
            if (eof) {
                if (pos < limit) {
                    int length = limit - pos;
                    lineNumber++;
                    bytesConsumed += length;
                    if (buf[limit - 1] == '\r') {
                        length--;
                    }
                    if (length > maxLineBytes) {
                        pos = limit;
                        return Kind.TOO_LONG;
                    }
                    text = decode(pos, length);
                    pos = limit;
                    return Kind.LINE;
                }
                return Kind.END;
            }
            if (limit - pos >= maxLineBytes + 2) {
                // No line break within the limit: the line is too long. Skip to its end without keeping it.
                lineNumber++;
                bytesConsumed += skipToLf();
                return Kind.TOO_LONG;
            }
            fill();
        }
    }

    /** The line just read. */
    String text() {
        return text;
    }

    /** Whether the line just read was not valid UTF-8 (its bad bytes became U+FFFD). */
    boolean malformed() {
        return malformed;
    }

    /** 1-based number of the line just read. */
    long lineNumber() {
        return lineNumber;
    }

    /** Bytes of the stream consumed so far, line breaks included. */
    long bytesConsumed() {
        return bytesConsumed;
    }

    private int indexOfLf(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    /** Discards bytes up to and including the next LF (or the end); returns how many. */
    private long skipToLf() throws IOException {
        long skipped = 0;
        while (true) {
            int lf = indexOfLf(pos, limit);
            if (lf >= 0) {
                skipped += lf + 1 - pos;
                pos = lf + 1;
                return skipped;
            }
            skipped += limit - pos;
            pos = 0;
            limit = 0;
            if (eof) {
                return skipped;
            }
            fill();
        }
    }

    private String decode(int from, int length) {
        int start = from;
        int len = length;
        if (lineNumber == 1 && len >= 3 && buf[start] == (byte) 0xEF && buf[start + 1] == (byte) 0xBB
                && buf[start + 2] == (byte) 0xBF) {
            start += 3;
            len -= 3;
        }
        boolean ascii = true;
        for (int i = start; i < start + len; i++) {
            if (buf[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (!ascii) {
            try {
                strict.reset();
                CharBuffer chars = strict.decode(ByteBuffer.wrap(buf, start, len));
                return chars.toString();
            } catch (CharacterCodingException e) {
                malformed = true;
            }
        }
        return new String(buf, start, len, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }
}
