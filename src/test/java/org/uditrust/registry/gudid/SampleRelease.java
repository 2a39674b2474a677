package org.uditrust.registry.gudid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Paths of the sample release in {@code samples/gudid} and helpers to make altered copies of it. */
final class SampleRelease {

    static final Path ROOT = Path.of("samples", "gudid");
    static final String NAME = "AccessGUDID_Delimited_Sample_Release_20251101";
    static final Path DIR = ROOT.resolve(NAME);
    static final Path ZIP = ROOT.resolve(NAME + ".zip");

    private SampleRelease() {
    }

    /** Copies the sample release into {@code target} (a new folder) and returns it. */
    static Path copy(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        return target;
    }

    static List<String> lines(Path file) throws IOException {
        return new ArrayList<>(Files.readAllLines(file));
    }

    static void write(Path file, List<String> lines) throws IOException {
        Files.writeString(file, String.join("\n", lines) + "\n");
    }
}
