package org.uditrust.registry.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The data rows of a file, read and checked ({@link ImportRowReader}: UDI parsing, status, location) on a second
 * thread a few blocks ahead of the importer, so that work (about a tenth of a million-row import) overlaps the
 * store's. Rows come out in file order, each with what it says; reading stops after a fatal fault, as the importer
 * does. A failure of the reader (an I/O error of the stream) is rethrown by {@link #next()}. {@link #close()} stops
 * the reader and waits for it, so the caller's stream is never touched after the import returns; the reader is
 * never interrupted, because interrupting a thread that reads a file channel would close the caller's channel.
 */
final class ParsedRows implements AutoCloseable {

    /** A row as read, and for a well-formed record what it says (null for a malformed one). */
    record Parsed(CsvRow row, ImportRow read) {
    }

    private static final int BLOCK = 256;
    private static final int BLOCKS_AHEAD = 8;

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BLOCKS_AHEAD);
    private final Thread worker;
    private volatile boolean stopped;
    private List<Parsed> block = List.of();
    private int next;
    private boolean ended;

    /** Starts reading; {@code reader} has delivered the header and is used by the reader thread only from now. */
    ParsedRows(CsvReader reader, ImportRowReader rows) {
        worker = new Thread(() -> produce(reader, rows), "uditrust-csv-reader");
        worker.setDaemon(true);
        worker.start();
    }

    private void produce(CsvReader reader, ImportRowReader rows) {
        try {
            List<Parsed> out = new ArrayList<>(BLOCK);
            for (CsvRow row = reader.next(); row != null && !stopped; row = reader.next()) {
                out.add(new Parsed(row, row instanceof CsvRow.Record r ? rows.read(r) : null));
                if (row instanceof CsvRow.Malformed bad && bad.fatal()) {
                    break;
                }
                if (out.size() == BLOCK) {
                    hand(out);
                    out = new ArrayList<>(BLOCK);
                }
            }
            if (!out.isEmpty()) {
                hand(out);
            }
            hand(List.of());
        } catch (RuntimeException | Error e) {
            hand(e);
        }
    }

    /** Puts {@code item} in the queue unless the importer has stopped reading (then nobody would take it). */
    private void hand(Object item) {
        try {
            while (!stopped) {
                if (queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The next row, or null after the last one.
     *
     * @throws InterruptedException when the importing thread is interrupted while it waits for the reader
     */
    Parsed next() throws InterruptedException {
        while (next == block.size()) {
            if (ended) {
                return null;
            }
            Object taken = queue.take();
            if (taken instanceof RuntimeException e) {
                ended = true;
                throw e;
            }
            if (taken instanceof Error e) {
                ended = true;
                throw e;
            }
            @SuppressWarnings("unchecked")
            List<Parsed> rows = (List<Parsed>) taken;
            if (rows.isEmpty()) {
                ended = true;
                return null;
            }
            block = rows;
            next = 0;
        }
        return block.get(next++);
    }

    /** Stops the reader and waits until it has let go of the stream. */
    @Override
    public void close() {
        stopped = true;
        boolean interrupted = false;
        while (worker.isAlive()) {
            queue.clear();
            try {
                worker.join(50);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
