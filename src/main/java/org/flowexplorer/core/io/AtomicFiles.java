package org.flowexplorer.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
     * Writes {@code body} to a fresh temporary file in {@code target}'s directory and returns it;
     * deletes it again if writing fails.
     */
    static Path writeTemporary(Path target, IoWriter body) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".part");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            body.write(out);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
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
