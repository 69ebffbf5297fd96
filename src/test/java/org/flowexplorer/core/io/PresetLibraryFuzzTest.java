package org.flowexplorer.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flowexplorer.core.data.InputException;

/**
 * Arbitrary bytes as a user's preset file: the library loads it as one more preset or lists one
 * problem line for it, and {@code require(name)} returns the preset or throws an
 * {@link InputException} — no other exception ever escapes, so a broken file can never stop the
 * CLI or the window from starting. Campaign:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=PresetLibraryFuzzTest -Djazzer.hooks=true -Djazzer.max_duration=10m}.
 */
class PresetLibraryFuzzTest {
    private static final int BUILT_IN = new PresetLibrary().all().size();

    private static Path dir;

    @FuzzTest(maxDuration = "30s")
    void anyBytesGiveOneMorePresetOrOneProblem(byte[] data) throws IOException {
        if (dir == null) { // one folder for the whole campaign: a fresh one per input halves the rate
            dir = Files.createTempDirectory("presets");
            dir.toFile().deleteOnExit();
        }
        Path file = dir.resolve("fuzzed.json");
        try {
            Files.write(file, data);
            PresetLibrary lib = new PresetLibrary(dir);
            assertEquals(1, lib.all().size() - BUILT_IN + lib.problems().size(), "one preset or one problem");
            lib.problems().forEach(p -> assertTrue(p.length() <= 700 && p.chars().noneMatch(c -> c < 0x20), p));
            try {
                lib.require("fuzzed");
            } catch (InputException expected) {
                assertTrue(expected.getMessage().length() <= 700);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
