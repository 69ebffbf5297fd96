package org.flowexplorer.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.export.FrameFormat;
import org.junit.jupiter.api.Test;

/** The export dialog's values: K or every k, the CLI's rules, a readable summary. */
class ExportSettingsTest {
    private static ExportSettings s(FrameFormat f, int steps, boolean every, int count, int w, int h) {
        return new ExportSettings(f, steps, every, count, w, h, 10, false, Path.of("out"));
    }

    @Test
    void everyKStepsGivesFramesAtMultiplesOfK() {
        assertEquals(11, s(FrameFormat.PNG, 100, true, 10, 64, 64).spec().frames());
        assertEquals(1, s(FrameFormat.PNG, 0, true, 10, 64, 64).spec().frames());
        assertTrue(s(FrameFormat.GIF, 100, true, 10, 64, 64).summary().contains("steps 0, 10, 20 … 100"));
    }

    @Test
    void badValuesAreInputErrorsAndTheSummaryNamesThem() {
        assertThrows(InputException.class, () -> s(FrameFormat.PNG, 10, false, 50, 64, 64).spec());
        assertThrows(InputException.class, () -> s(FrameFormat.MP4, 10, false, 5, 63, 64).spec());
        assertThrows(InputException.class, () -> s(FrameFormat.PNG, 10, true, 0, 64, 64).spec());
        assertTrue(s(FrameFormat.PNG, 10, false, 50, 64, 64).summary().startsWith("⚠"));
        assertTrue(new ExportSettings(FrameFormat.PNG, 10, false, 5, 64, 64, 10, false, null).summary()
                .contains("folder"));
    }
}
