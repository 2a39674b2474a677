package org.uditrust.app.scan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.uditrust.app.task.BackgroundTask;
import org.uditrust.app.task.TaskContext;
import org.uditrust.barcode.DecodeResult;
import org.uditrust.barcode.DecodedBarcode;
import org.uditrust.barcode.LabelDecoder;

/**
 * Decodes one or more label images in the background and gathers every barcode found, plus a note for each image
 * that held none or could not be read.
 */
final class DecodeImagesTask implements BackgroundTask<DecodeImagesTask.Outcome> {

    /** One image's source: a file, or an in-memory picture (clipboard) with a name to show. */
    sealed interface Source permits FileSource, ImageSource {
        String name();
    }

    record FileSource(Path path) implements Source {
        @Override
        public String name() {
            Path fileName = path.getFileName();
            return fileName == null ? path.toString() : fileName.toString();
        }
    }

    record ImageSource(String name, java.awt.image.BufferedImage image) implements Source {
    }

    /**
     * @param barcodes every barcode found, image by image
     * @param notes    one line per image that gave no barcode: the image's name and the decoder's reason
     */
    record Outcome(List<DecodedBarcode> barcodes, List<String> notes) {
        Outcome {
            barcodes = List.copyOf(barcodes);
            notes = List.copyOf(notes);
        }
    }

    private final LabelDecoder decoder;
    private final List<Source> sources;
    private final String title;
    private final String progressPattern;

    /**
     * @param progressPattern message pattern with {0} image number, {1} count, {2} name (from the bundle)
     */
    DecodeImagesTask(LabelDecoder decoder, List<Source> sources, String title, String progressPattern) {
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.sources = List.copyOf(sources);
        this.title = title;
        this.progressPattern = progressPattern;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public Outcome call(TaskContext context) {
        List<DecodedBarcode> found = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < sources.size() && !context.isCancelled(); i++) {
            Source source = sources.get(i);
            context.updateMessage(java.text.MessageFormat.format(progressPattern, i + 1, sources.size(),
                    source.name()));
            context.updateProgress(i, sources.size());
            DecodeResult result = source instanceof FileSource f
                    ? decoder.decode(f.path())
                    : decoder.decode(((ImageSource) source).image());
            if (result instanceof DecodeResult.Found f) {
                found.addAll(f.barcodes());
            } else if (result instanceof DecodeResult.NotFound n) {
                notes.add(source.name() + ": " + n.message());
            } else if (result instanceof DecodeResult.Unreadable u) {
                notes.add(source.name() + ": " + u.message());
            }
        }
        context.updateProgress(sources.size(), sources.size());
        return new Outcome(found, notes);
    }
}
