package org.flowexplorer.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flowexplorer.core.data.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
    @TempDir
    Path tmp;

    @Test
    void openingRemovesDebrisOfKilledRunsButNothingElse() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("out").resolve("frames"));
        Files.writeString(dir.resolve(".frame_000001.png.k3j9x2.part"), "half a frame");
        Files.writeString(dir.resolve("frame_000000.png"), "a finished frame");
        Files.writeString(tmp.resolve("out").resolve(".config.json.abc.part"), "{");
        Files.writeString(tmp.resolve("out").resolve(".hidden-but-not-ours"), "user");
        Files.writeString(tmp.resolve("out").resolve("notes.part"), "user");
        try (OutputFolder f = OutputFolder.open(tmp.resolve("out"), "--out", null)) {
            assertEquals(2, f.removedDebris());
            assertTrue(Files.exists(tmp.resolve("out").resolve(OutputFolder.LOCK)));
        }
        assertFalse(Files.exists(tmp.resolve("out").resolve(OutputFolder.LOCK)), "the lock goes with the run");
        assertTrue(Files.exists(dir.resolve("frame_000000.png")));
        assertTrue(Files.exists(tmp.resolve("out").resolve(".hidden-but-not-ours")));
        assertTrue(Files.exists(tmp.resolve("out").resolve("notes.part")));
    }

    @Test
    void aSecondRunIntoTheSameFolderIsRefused() {
        try (OutputFolder first = OutputFolder.open(tmp.resolve("out"), "--out out", null)) {
            InputException e = assertThrows(InputException.class, () -> OutputFolder.open(tmp.resolve("out"), "--out out", null));
            assertTrue(e.getMessage().contains("another flow-explorer run is writing into this folder"), e.getMessage());
        }
    }

    @Test
    void aFailedRunRemovesTheFolderItCreatedAndACommittedOneDropsOtherRunsOutputs() throws IOException {
        try (OutputFolder f = OutputFolder.open(tmp.resolve("fresh"), "--out", null)) {
            assertTrue(Files.isDirectory(f.dir()));
        }
        assertFalse(Files.exists(tmp.resolve("fresh")));
        Path out = Files.createDirectories(tmp.resolve("reused").resolve("frames"));
        Files.writeString(out.resolve("frame_000000.png"), "old");
        Files.writeString(out.resolve("mine.txt"), "a user's file in frames/");
        Files.writeString(tmp.resolve("reused").resolve("animation.gif"), "old");
        try (OutputFolder f = OutputFolder.open(tmp.resolve("reused"), "--out", null)) {
            f.removeOutputsNotIn(List.of("config.json", "animation.mp4"));
        }
        assertFalse(Files.exists(out.resolve("frame_000000.png")));
        assertFalse(Files.exists(tmp.resolve("reused").resolve("animation.gif")));
        assertTrue(Files.exists(out.resolve("mine.txt")), "files that are not ours stay");
    }

    @Test
    void aStoppedStagedOutputDeletesItsFilesAndRefusesNewOnes() throws IOException {
        try (OutputFolder f = OutputFolder.open(tmp.resolve("out"), "--out", null)) {
            StagedOutput staged = f.stage();
            staged.write(f.dir().resolve("a.csv"), o -> o.write(1));
            staged.reserve(f.dir().resolve("animation.gif"));
            assertEquals(2, staged.stop());
            assertThrows(IOException.class, () -> staged.write(f.dir().resolve("b.csv"), o -> o.write(2)));
            try (var files = Files.list(f.dir())) {
                assertEquals(List.of(OutputFolder.LOCK), files.map(p -> p.getFileName().toString()).toList());
            }
        }
    }
}
