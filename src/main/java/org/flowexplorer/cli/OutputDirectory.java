package org.flowexplorer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flowexplorer.core.data.InputException;

/** Checks an output location before any work starts, so bad paths fail fast with exit code 2. */
final class OutputDirectory {
    private OutputDirectory() {
    }

    /**
     * Checks, without creating anything, that {@code dir} can hold the named files: it is a
     * directory or can be created below its nearest existing ancestor, and none of the files
     * exists as a directory.
     */
    static void check(Path dir, String... files) {
        requireNonEmpty(dir);
        Path abs = dir.toAbsolutePath();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw InputException.forKey("--out " + dir, "exists and is not a directory");
        }
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw InputException.forKey("--out " + dir, "cannot create the output directory: "
                    + existing + " is not a directory");
        }
        if (!Files.isWritable(existing)) {
            throw InputException.forKey("--out " + dir, "the directory " + existing + " is not writable");
        }
        for (String f : files) {
            if (Files.isDirectory(abs.resolve(f))) {
                throw InputException.forKey("--out " + dir, f + " exists as a directory; remove it or choose another --out");
            }
        }
    }

    /** {@code --out ""} would silently mean the working directory: refuse it. */
    private static void requireNonEmpty(Path p) {
        if (p.toString().isBlank()) {
            throw InputException.forKey("--out", "is empty; name an output folder or file");
        }
    }

    /** Creates {@code dir} (and parents) after {@link #check}. */
    static Path create(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw InputException.forKey("--out " + dir, "cannot create the output directory (" + e.getMessage() + ")");
        }
        return dir;
    }

    /** Checks that the parent directory of an output file exists and is writable. */
    static Path prepareFile(Path file) {
        requireNonEmpty(file);
        if (Files.isDirectory(file)) {
            throw InputException.forKey("--out " + file, "is a directory, expected a file name");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw InputException.forKey("--out " + file, "the directory " + parent + " does not exist");
        }
        if (!Files.isWritable(parent)) {
            throw InputException.forKey("--out " + file, "the directory " + parent + " is not writable");
        }
        return file;
    }

    /** Turns a write failure into a one-line input error naming the file. */
    static InputException writeFailed(Path file, IOException e) {
        return InputException.forKey(file.toString(), "cannot write (" + e.getMessage() + ")");
    }
}
