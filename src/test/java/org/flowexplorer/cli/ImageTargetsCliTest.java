package org.flowexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flowexplorer.core.data.PointCsvReader;
import org.flowexplorer.core.math.PointSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --set dataset=image:PATH}: a picture as targets from the command line. */
class ImageTargetsCliTest {
    @TempDir
    Path dir;

    @Test
    void aPictureFileBecomesTheTargetsOfARun() throws IOException {
        Path png = dir.resolve("cat.png");
        try (InputStream in = getClass().getResourceAsStream("/org/flowexplorer/images/cat.png")) {
            Files.copy(in, png); // as a user's own picture would be
        }
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.run("run", "--preset", "25gaussians-sd", "--set", "dataset=image:" + png,
                "--set", "particles=120", "--set", "targets=300", "--steps", "5", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        PointSet targets = PointCsvReader.read(out.resolve("targets.csv"));
        assertEquals(300, targets.size());
        assertTrue(Files.readString(out.resolve("config.json")).contains("\"image:" + png.toString().replace("\\", "\\\\") + "\""));
        assertFalse(r.out().contains("modes covered"), "a picture has no modes");
    }

    @Test
    void theShippedPresetNamesItsPicture() {
        CliRunner.Result r = CliRunner.run("presets");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("cat-sd"), r.out());
    }

    @Test
    void aBadPictureIsOneLineAndExitCode2() throws IOException {
        Path bad = dir.resolve("bad.png");
        Files.writeString(bad, "GIF89a? no");
        CliRunner.Result r = CliRunner.run("run", "--set", "dataset=image:" + bad, "--steps", "1", "--out",
                dir.resolve("o").toString());
        assertEquals(2, r.code());
        assertTrue(r.cleanOneLineError(), r.err());
        assertTrue(r.err().contains(bad.toString()), r.err());
        assertFalse(Files.exists(dir.resolve("o").resolve("final.csv")));
    }
}
