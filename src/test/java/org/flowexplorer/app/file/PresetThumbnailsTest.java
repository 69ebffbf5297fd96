package org.flowexplorer.app.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.flowexplorer.core.io.Preset;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.sim.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A user preset whose thumbnail cannot be made is reported once, and not run again. */
class PresetThumbnailsTest {
    @TempDir
    Path dir;

    @Test
    void aFailedThumbnailIsReportedOnceAndNotRetried() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<String> errors = new CopyOnWriteArrayList<>();
        RunConfig base = new PresetLibrary().require("25gaussians-sd").config().withSizes(50, 50).withSteps(5);
        Preset gone = new Preset("gone", "", base.withDataset("csv:" + dir.resolve("missing.csv")), false);
        Preset alsoGone = new Preset("also-gone", "", base.withDataset("csv:" + dir.resolve("other.csv")), false);
        try (PresetThumbnails t = new PresetThumbnails(dir.resolve("cache"), errors::add)) {
            assertNull(t.get(gone, img -> { }));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> errors.size() == 1);
            assertTrue(errors.get(0).startsWith("No thumbnail for preset gone: "), errors.get(0));
            assertTrue(errors.get(0).contains("missing.csv"), errors.get(0));
            assertNull(t.get(gone, img -> { }), "still the placeholder");
            assertNull(t.get(alsoGone, img -> { }));
            // one background thread in order: once the second preset is reported, a retry of the first would have been
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> errors.size() >= 2);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(2, errors.size(), errors.toString());
            assertTrue(errors.get(1).startsWith("No thumbnail for preset also-gone: "), errors.get(1));
        }
        Path cache = dir.resolve("cache");
        if (Files.exists(cache)) {
            try (var files = Files.list(cache)) {
                assertTrue(files.findAny().isEmpty(), "nothing cached for a failed run");
            }
        }
    }

    /**
     * Closing (the window closes) stops a thumbnail run in progress after its current step: a
     * preset of a million steps would otherwise keep a core busy for minutes after the window is gone.
     */
    @Test
    void closingStopsARunInProgressWithoutAnError() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<String> errors = new CopyOnWriteArrayList<>();
        RunConfig endless = new PresetLibrary().require("25gaussians-sd").config().withSizes(50, 50).withSteps(1_000_000);
        Preset p = new Preset("endless", "", endless, false);
        PresetThumbnails t = new PresetThumbnails(dir.resolve("cache"), errors::add);
        assertNull(t.get(p, img -> { }));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> thumbnailThreadRunning());
        t.close();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !thumbnailThreadRunning());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), errors, "a stopped run is not an error");
        assertTrue(!Files.exists(dir.resolve("cache")) || Files.list(dir.resolve("cache")).findAny().isEmpty(),
                "nothing cached for a stopped run");
    }

    private static boolean thumbnailThreadRunning() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(th -> th.getName().equals("preset-thumbnails") && th.isAlive());
    }
}
