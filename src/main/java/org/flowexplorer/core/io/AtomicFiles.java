package org.flowexplorer.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.nio.file.FileAlreadyExistsException;

/**
 * Writes files so that a reader never sees a half-written one: the content goes to a temporary
 * file beside the target, which is moved over the target only once it is complete. On any failure
 * the temporary file is deleted and an existing target is left untouched.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes {@code target} atomically from {@code body}. */
    public static void write(Path target, IoWriter body) throws IOException {
        Path tmp = writeTemporary(target, body);
        try {
            moveIntoPlace(tmp, target);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /**
     * Writes {@code body} to a fresh hidden temporary file ({@code .NAME.RANDOM.part}) in
     * {@code target}'s directory and returns it; deletes it again if writing fails. The caller
     * deletes or moves it; one left behind by a killed process is removed by the next
     * {@link OutputFolder#open}.
     */
    public static Path writeTemporary(Path target, IoWriter body) throws IOException {
        Path tmp = createTemporary(target);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            body.write(out);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }

    /**
     * Creates a new, empty, hidden temporary file beside {@code target}. Not
     * {@code Files.createTempFile}: that makes the file owner-only (rw-------), while the final
     * file should get the user's usual permissions like any other file the user creates.
     */
    static Path createTemporary(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        while (true) {
            Path tmp = abs.resolveSibling("." + abs.getFileName() + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".part");
            try {
                Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                // another staged file took this name: draw again
            }
        }
    }

    /** Moves a complete temporary file over its target, atomically where the file system can. */
    static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
