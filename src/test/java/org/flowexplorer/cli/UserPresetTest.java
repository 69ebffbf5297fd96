package org.flowexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flowexplorer.core.io.ConfigJson;
import org.flowexplorer.core.io.PresetLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users save their own presets, see them listed and run them by name; broken files are skipped. */
class UserPresetTest {
    @TempDir
    Path home;
    private String before;

    @BeforeEach
    void pointHomeAtTemp() {
        before = System.getProperty("flowexplorer.home");
        System.setProperty("flowexplorer.home", home.toString());
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty("flowexplorer.home");
        } else {
            System.setProperty("flowexplorer.home", before);
        }
    }

    @Test
    void savedPresetIsListedAndRunsWithItsSettings() throws IOException {
        CliRunner.Result saved = CliRunner.run("presets", "--save", "my-moons", "--description", "moons for lecture 3",
                "--preset", "moons-diffflow", "--set", "rho=0.7", "--set", "particles=40", "--set", "targets=40",
                "--steps", "3");
        assertEquals(0, saved.code(), saved.err());
        Path file = home.resolve("presets").resolve("my-moons.json");
        assertTrue(Files.isRegularFile(file));
        CliRunner.Result list = CliRunner.run("presets");
        assertTrue(list.out().contains("my-moons") && list.out().contains("(yours) moons for lecture 3"), list.out());
        assertTrue(list.out().indexOf("25gaussians-sd") < list.out().indexOf("my-moons"), "built-ins first");
        Path out = home.resolve("run");
        CliRunner.Result run = CliRunner.run("run", "--preset", "my-moons", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        var config = new ConfigJson().read(out.resolve("config.json"));
        assertEquals(0.7, config.params().rho());
        assertEquals(40, config.particles());
        assertEquals(3, config.steps());
    }

    @Test
    void brokenUserFilesAndBadNamesAreReportedNotFatal() throws IOException {
        Path dir = Files.createDirectories(home.resolve("presets"));
        Files.writeString(dir.resolve("broken.json"), "{\"name\": \"broken\",\n \"eta\": oops}");
        Files.writeString(dir.resolve("clash.json"), "{\"name\": \"25gaussians-sd\", \"eta\": 0.1}");
        CliRunner.Result list = CliRunner.run("presets");
        assertEquals(0, list.code());
        assertTrue(list.err().contains("broken.json:2:"), list.err());
        assertTrue(list.err().contains("taken by a built-in preset"), list.err());
        assertFalse(list.out().contains("(yours)"));
        assertEquals(0.5, new PresetLibrary(dir).require("25gaussians-sd").config().params().eta(),
                "a user file never replaces a built-in preset");
        CliRunner.Result bad = CliRunner.run("presets", "--save", "../escape");
        assertEquals(2, bad.code());
        assertTrue(bad.cleanOneLineError(), bad.err());
        CliRunner.Result builtIn = CliRunner.run("presets", "--save", "25gaussians-sd");
        assertEquals(2, builtIn.code());
    }
}
