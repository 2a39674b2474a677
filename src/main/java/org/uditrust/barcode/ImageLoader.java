package org.uditrust.barcode;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads an image file defensively: the size of the file and the pixel dimensions in the header are checked before
 * any pixel is decoded, so a decompression bomb (a tiny PNG that claims 100 000 × 100 000 pixels) is refused
 * without allocating gigabytes, and a truncated or foreign file becomes a message instead of an exception.
 */
final class ImageLoader {

    /** Larger files are not labels; refusing them keeps a mistaken drag-and-drop of a video from hanging the app. */
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    /** 40 megapixels is above any phone camera in use and still fits in a default JVM heap as ARGB (160 MB). */
    static final long MAX_PIXELS = 40_000_000L;

    /** Why an image could not be read, worded for the user; the name of the file is already in it. */
    static final class UnreadableImage extends Exception {
        UnreadableImage(String message) {
            super(message, null, false, false);
        }
    }

    private ImageLoader() {
    }

    static BufferedImage load(Path file) throws UnreadableImage {
        if (file == null) {
            throw new UnreadableImage("No image file was given.");
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long size;
        try {
            if (!Files.isRegularFile(file)) {
                throw new UnreadableImage("Cannot read '" + name + "': the file does not exist or is not a file.");
            }
            size = Files.size(file);
        } catch (IOException | SecurityException e) {
            throw new UnreadableImage("Cannot read '" + name + "': " + e.getMessage());
        }
        checkSize(name, size);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException | OutOfMemoryError e) {
            throw new UnreadableImage("Cannot read '" + name + "': " + e.getMessage());
        }
        return load(bytes, name);
    }

    static BufferedImage load(byte[] bytes, String name) throws UnreadableImage {
        if (bytes == null) {
            throw new UnreadableImage("No image data was given for '" + name + "'.");
        }
        checkSize(name, bytes.length);
        // Memory-backed stream: no temporary cache files, and a file that changes under us cannot confuse the reader.
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            if (in == null) {
                throw new UnreadableImage("Cannot read '" + name + "': no image reader is available.");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UnreadableImage("'" + name + "' is not an image: it is neither PNG nor JPEG "
                        + "(nor another format Java can read).");
            }
            ImageReader reader = readers.next();
            try {
                return read(reader, in, name);
            } finally {
                reader.dispose();
            }
        } catch (UnreadableImage e) {
            throw e;
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // Image readers throw anything from IIOException to ArrayIndexOutOfBounds on hostile input.
            throw new UnreadableImage("'" + name + "' is damaged or truncated and cannot be read as an image ("
                    + describe(e) + ").");
        }
    }

    private static BufferedImage read(ImageReader reader, ImageInputStream in, String name)
            throws IOException, UnreadableImage {
        reader.setInput(in, true, true);
        String format = reader.getFormatName().toUpperCase(java.util.Locale.ROOT);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0) {
            throw new UnreadableImage("'" + name + "' claims an empty picture (" + width + " × " + height
                    + " pixels).");
        }
        long pixels = (long) width * height;
        if (pixels > MAX_PIXELS) {
            throw new UnreadableImage("'" + name + "' is refused: its " + format + " header claims " + width + " × "
                    + height + " pixels (" + pixels / 1_000_000 + " megapixels), more than the limit of "
                    + MAX_PIXELS / 1_000_000 + " megapixels for a label image.");
        }
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        BufferedImage image = reader.read(0);
        if (!warnings.isEmpty()) {
            // The JPEG reader returns a half-grey picture with only a warning when the file is cut short.
            throw new UnreadableImage("'" + name + "' is damaged or truncated: " + String.join("; ", warnings) + ".");
        }
        if (image == null) {
            throw new UnreadableImage("'" + name + "' holds no picture.");
        }
        return image;
    }

    private static void checkSize(String name, long size) throws UnreadableImage {
        if (size == 0) {
            throw new UnreadableImage("'" + name + "' is empty (0 bytes): it is not an image.");
        }
        if (size > MAX_FILE_BYTES) {
            throw new UnreadableImage("'" + name + "' is refused: it is " + size / (1024 * 1024)
                    + " MB, more than the limit of " + MAX_FILE_BYTES / (1024 * 1024) + " MB for a label image.");
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
