package org.flowexplorer.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output files appear complete or not at all; a user's existing files are never damaged. */
class StagedOutputTest {
    @TempDir
    Path dir;

    private List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static IoWriter text(String s) {
        return o -> o.write(s.getBytes(StandardCharsets.UTF_8));
    }

    private static IoWriter failingAfter(String s) {
        return o -> {
            o.write(s.getBytes(StandardCharsets.UTF_8));
            o.flush();
            throw new IOException("No space left on device");
        };
    }

    @Test
    void atomicWriteReplacesOnlyOnSuccess() throws IOException {
        Path f = dir.resolve("a.csv");
        AtomicFiles.write(f, text("first"));
        assertEquals("first", Files.readString(f));
        assertThrows(IOException.class, () -> AtomicFiles.write(f, failingAfter("half")));
        assertEquals("first", Files.readString(f), "a failed write keeps the old file");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(dir.resolve("b.csv"), o -> {
            o.write(1);
            throw new IllegalStateException("bug in a writer");
        }));
        assertEquals(List.of("a.csv"), listing(), "no temporary files remain");
    }

    @Test
    void stagedFilesAppearTogetherOnCommit() throws IOException {
        try (StagedOutput s = new StagedOutput()) {
            s.write(dir.resolve("one.txt"), text("1"));
            s.write(dir.resolve("two.txt"), text("2"));
            assertFalse(Files.exists(dir.resolve("one.txt")), "nothing visible before commit");
            s.commit();
        }
        assertEquals(List.of("one.txt", "two.txt"), listing());
        Path plain = Files.writeString(dir.resolve("plain.txt"), "made the usual way");
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(dir.resolve("one.txt")),
                    "staged files get the user's usual permissions, not owner-only");
        }
        Files.delete(plain);
        assertEquals("2", Files.readString(dir.resolve("two.txt")));
    }

    @Test
    void aFailureMidwayLeavesNothingBehind() throws IOException {
        Files.writeString(dir.resolve("keep.txt"), "user file");
        assertThrows(IOException.class, () -> {
            try (StagedOutput s = new StagedOutput()) {
                s.write(dir.resolve("one.txt"), text("1"));
                s.write(dir.resolve("keep.txt"), text("replacement"));
                s.write(dir.resolve("three.txt"), failingAfter("partial"));
                s.commit();
            }
        });
        assertEquals(List.of("keep.txt"), listing());
        assertEquals("user file", Files.readString(dir.resolve("keep.txt")));
    }
}
