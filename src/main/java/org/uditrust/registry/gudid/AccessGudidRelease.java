package org.uditrust.registry.gudid;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An AccessGUDID delimited release (full or delta), as the {@code .zip} NLM publishes or unzipped into a folder,
 * read as a stream of rows. Opening it checks that it is readable, that it has {@code device.txt}, and that every
 * known file's header row has the columns this importer maps, so a bad release is refused before anything is
 * staged. {@link #read} then streams every file once, line by line: memory stays flat whatever the release's size.
 *
 * <p>Files are found by name anywhere in the zip or directly in the folder, in any letter case; files of other
 * names are ignored.
 */
public final class AccessGudidRelease implements AutoCloseable {

    /** Reports how far a {@link #read} has come. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (file, bytesDone, rowsDone) -> { };

        /**
         * @param file      the file being read
         * @param bytesDone bytes of all files read so far (uncompressed)
         * @param rowsDone  data rows of all files read so far
         */
        void advanced(GudidFile file, long bytesDone, long rowsDone);
    }

    private static final int CANCEL_CHECK_ROWS = 256;

    private final Path path;
    private final String name;
    private final ReleaseLimits limits;
    private final ZipFile zip;
    private final Map<GudidFile, String> entries;
    private final Map<GudidFile, Long> sizes;

    private AccessGudidRelease(Path path, String name, ReleaseLimits limits, ZipFile zip,
                               Map<GudidFile, String> entries, Map<GudidFile, Long> sizes) {
        this.path = path;
        this.name = name;
        this.limits = limits;
        this.zip = zip;
        this.entries = entries;
        this.sizes = sizes;
    }

    public static AccessGudidRelease open(Path zipOrDir) {
        return open(zipOrDir, ReleaseLimits.defaults());
    }

    /**
     * Opens a release and checks its headers.
     *
     * @throws GudidReleaseException with a message for the user when the release cannot be imported
     */
    public static AccessGudidRelease open(Path zipOrDir, ReleaseLimits limits) {
        Objects.requireNonNull(zipOrDir, "zipOrDir");
        Objects.requireNonNull(limits, "limits");
        AccessGudidRelease release;
        if (Files.isDirectory(zipOrDir)) {
            release = openDirectory(zipOrDir, limits);
        } else if (Files.isRegularFile(zipOrDir)) {
            release = openZip(zipOrDir, limits);
        } else {
            throw new GudidReleaseException(zipOrDir + " does not exist: give the AccessGUDID release .zip or the "
                    + "folder it was unzipped to.");
        }
        try {
            release.checkHeaders();
        } catch (RuntimeException e) {
            release.close();
            throw e;
        }
        return release;
    }

    private static AccessGudidRelease openDirectory(Path dir, ReleaseLimits limits) {
        Map<GudidFile, String> entries = new EnumMap<>(GudidFile.class);
        Map<GudidFile, Long> sizes = new EnumMap<>(GudidFile.class);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                GudidFile known = GudidFile.byFileName(file.getFileName().toString());
                if (known != null && Files.isRegularFile(file)) {
                    if (entries.put(known, file.getFileName().toString()) != null) {
                        throw new GudidReleaseException(dir + " holds two files named " + known.fileName()
                                + " (in different letter case); keep one.");
                    }
                    sizes.put(known, Files.size(file));
                }
            }
        } catch (IOException e) {
            throw new GudidReleaseException("The folder " + dir + " cannot be read: " + e.getMessage(), e);
        }
        requireDevice(dir, entries);
        return new AccessGudidRelease(dir, dir.getFileName() == null ? dir.toString() : dir.getFileName().toString(),
                limits, null, entries, sizes);
    }

    private static AccessGudidRelease openZip(Path file, ReleaseLimits limits) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new GudidReleaseException(file.getFileName() + " is not a readable zip file: it is truncated "
                    + "(an unfinished download?) or damaged (" + e.getMessage() + "). Download the release again.", e);
        } catch (IOException e) {
            throw new GudidReleaseException(file + " cannot be read: " + e.getMessage(), e);
        }
        Map<GudidFile, String> entries = new EnumMap<>(GudidFile.class);
        Map<GudidFile, Long> sizes = new EnumMap<>(GudidFile.class);
        try {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                GudidFile known = entry.isDirectory() ? null : GudidFile.byFileName(entry.getName());
                if (known != null) {
                    if (entries.put(known, entry.getName()) != null) {
                        throw new GudidReleaseException(file.getFileName() + " holds " + known.fileName()
                                + " twice (" + entry.getName() + " and another); it is not one release.");
                    }
                    sizes.put(known, entry.getSize());
                }
            }
            String name = file.getFileName().toString();
            if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
                name = name.substring(0, name.length() - 4);
            }
            requireDevice(file, entries);
            return new AccessGudidRelease(file, name, limits, zip, entries, sizes);
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static void requireDevice(Path where, Map<GudidFile, String> entries) {
        if (!entries.containsKey(GudidFile.DEVICE)) {
            throw new GudidReleaseException(where.getFileName() + " has no device.txt, so it is not an AccessGUDID "
                    + "delimited release (expected device.txt, identifiers.txt, productCodes.txt, … "
                    + "pipe-delimited with a header row).");
        }
    }

    /** The release's name: the zip's file name without {@code .zip}, or the folder's name. */
    public String name() {
        return name;
    }

    /** The known files this release contains. */
    public Set<GudidFile> files() {
        return entries.isEmpty() ? EnumSet.noneOf(GudidFile.class) : EnumSet.copyOf(entries.keySet());
    }

    /** Uncompressed bytes of all known files, or -1 when the zip does not say. */
    public long totalBytes() {
        long total = 0;
        for (long size : sizes.values()) {
            if (size < 0) {
                return -1;
            }
            total += size;
        }
        return total;
    }

    private void checkHeaders() {
        for (GudidFile file : entries.keySet()) {
            try (InputStream in = open(file)) {
                LineReader lines = new LineReader(in, limits.maxLineBytes());
                header(file, lines);
            } catch (IOException e) {
                throw damaged(file, 1, e);
            }
        }
    }

    private Header header(GudidFile file, LineReader lines) throws IOException {
        LineReader.Kind kind = lines.next();
        if (kind == LineReader.Kind.END) {
            throw new GudidReleaseException(file.fileName() + " in " + name + " is empty: it has no header row.");
        }
        if (kind == LineReader.Kind.TOO_LONG) {
            throw new GudidReleaseException(file.fileName() + " in " + name + " has a header row longer than "
                    + limits.maxLineBytes() + " bytes, so it is not an AccessGUDID file.");
        }
        String line = lines.text();
        String[] fields = PipeLine.split(line, limits.maxFields());
        if (fields == null) {
            throw new GudidReleaseException(file.fileName() + " in " + name + " has more than "
                    + limits.maxFields() + " columns in its header row, so it is not an AccessGUDID file.");
        }
        if (fields.length == 1 && (line.indexOf(',') >= 0 || line.indexOf('\t') >= 0 || line.indexOf(';') >= 0)) {
            String found = line.indexOf('\t') >= 0 ? "tabs" : line.indexOf(',') >= 0 ? "commas" : "semicolons";
            throw new GudidReleaseException(file.fileName() + " in " + name + " is not pipe-delimited: its header "
                    + "row is separated by " + found + ", not '|'. Use the AccessGUDID delimited release as "
                    + "downloaded, not a file re-saved by a spreadsheet.");
        }
        Header header = Header.of(file.fileName(), fields);
        List<String> missing = header.missing(file.requiredColumns());
        if (!missing.isEmpty()) {
            throw new GudidReleaseException(file.fileName() + " in " + name + " has no column "
                    + String.join(", ", missing) + " in its header row (" + header.describe()
                    + "); nothing was imported.");
        }
        return header;
    }

    /**
     * Streams every file of the release into {@code visitor}, {@code device.txt} first.
     *
     * @throws GudidReleaseException when a file turns out to be damaged while reading (the visitor may have received
     *                               rows already: the caller discards them)
     */
    public ReadSummary read(GudidRowVisitor visitor, Cancellation cancel, Progress progress) {
        Objects.requireNonNull(visitor, "visitor");
        Objects.requireNonNull(cancel, "cancel");
        Objects.requireNonNull(progress, "progress");
        RowProblems problems = new RowProblems(limits.maxListedProblems());
        Map<GudidFile, Long> rowsRead = new EnumMap<>(GudidFile.class);
        Set<GudidFile> absent = EnumSet.allOf(GudidFile.class);
        absent.removeAll(entries.keySet());
        long bytesBefore = 0;
        long rowsBefore = 0;
        for (GudidFile file : GudidFile.values()) {
            if (!entries.containsKey(file)) {
                continue;
            }
            if (cancel.isCancelled()) {
                return new ReadSummary(rowsRead, absent, problems.report(), true);
            }
            long[] done = readFile(file, visitor, cancel, progress, problems, bytesBefore, rowsBefore);
            rowsRead.put(file, done[1]);
            bytesBefore += done[0];
            rowsBefore += done[1];
            if (done[2] != 0) {
                return new ReadSummary(rowsRead, absent, problems.report(), true);
            }
        }
        return new ReadSummary(rowsRead, absent, problems.report(), false);
    }

    /** Returns {bytes read, rows mapped, 1 if cancelled}. */
    private long[] readFile(GudidFile file, GudidRowVisitor visitor, Cancellation cancel, Progress progress,
                            RowProblems problems, long bytesBefore, long rowsBefore) {
        long rows = 0;
        LineReader lines = null;
        try (InputStream in = open(file)) {
            lines = new LineReader(in, limits.maxLineBytes());
            Header header = header(file, lines);
            String fileName = file.fileName();
            long sinceCheck = 0;
            while (true) {
                LineReader.Kind kind = lines.next();
                if (kind == LineReader.Kind.END) {
                    break;
                }
                long line = lines.lineNumber();
                if (++sinceCheck >= CANCEL_CHECK_ROWS) {
                    sinceCheck = 0;
                    progress.advanced(file, bytesBefore + lines.bytesConsumed(), rowsBefore + rows);
                    if (cancel.isCancelled()) {
                        return new long[] {lines.bytesConsumed(), rows, 1};
                    }
                }
                if (kind == LineReader.Kind.TOO_LONG) {
                    problems.add(new RowProblem(fileName, line, null, "gudid.line-too-long", "The line is longer "
                            + "than " + limits.maxLineBytes() + " bytes; it was skipped.", true));
                    continue;
                }
                String text = lines.text();
                if (text.isBlank()) {
                    continue;
                }
                String[] fields = PipeLine.split(text, limits.maxFields());
                if (fields == null) {
                    problems.add(new RowProblem(fileName, line, null, "gudid.too-many-fields", "The line has more "
                            + "than " + limits.maxFields() + " fields; it was skipped.", true));
                    continue;
                }
                if (fields.length != header.size()) {
                    problems.add(new RowProblem(fileName, line, null, "gudid.column-count", "The line has "
                            + fields.length + " fields but the header has " + header.size()
                            + " columns (a '|' inside a value, or a value cut short); it was skipped.", true));
                    continue;
                }
                Row row = new Row(header, fields, line, problems);
                if (lines.malformed()) {
                    row.problem(null, "gudid.encoding", "The line is not valid UTF-8; unreadable characters were "
                            + "replaced by \uFFFD.", false);
                }
                if (GudidRowMapper.map(file, row, visitor)) {
                    rows++;
                }
            }
            long expected = sizes.getOrDefault(file, -1L);
            if (zip != null && expected >= 0 && lines.bytesConsumed() != expected) {
                throw new GudidReleaseException(fileName + " in " + name + " ended after "
                        + lines.bytesConsumed() + " of its " + expected + " bytes: the zip is damaged. "
                        + "Download the release again.");
            }
            progress.advanced(file, bytesBefore + lines.bytesConsumed(), rowsBefore + rows);
            return new long[] {lines.bytesConsumed(), rows, 0};
        } catch (IOException e) {
            throw damaged(file, lines == null ? 0 : lines.lineNumber() + 1, e);
        }
    }

    private InputStream open(GudidFile file) throws IOException {
        String entry = entries.get(file);
        if (zip != null) {
            ZipEntry zipEntry = zip.getEntry(entry);
            if (zipEntry == null) {
                throw new ZipException("entry " + entry + " vanished");
            }
            return zip.getInputStream(zipEntry);
        }
        return Files.newInputStream(path.resolve(entry));
    }

    private GudidReleaseException damaged(GudidFile file, long line, IOException e) {
        if (zip != null && (e instanceof ZipException || e instanceof EOFException)) {
            return new GudidReleaseException(file.fileName() + " in " + name + " cannot be decompressed"
                    + (line > 0 ? " at line " + line : "") + ": the zip is damaged (" + e.getMessage()
                    + "). Download the release again.", e);
        }
        return new GudidReleaseException(file.fileName() + " in " + name + " cannot be read"
                + (line > 0 ? " at line " + line : "") + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        if (zip != null) {
            closeQuietly(zip);
        }
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            // Nothing was written through it; a failed close loses nothing.
        }
    }

    @Override
    public String toString() {
        return "AccessGudidRelease[" + name + ", " + Collections.unmodifiableSet(entries.keySet()) + "]";
    }
}
