package org.flowexplorer.core.experiment.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.io.Preset;
import org.flowexplorer.core.io.PresetLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in Fig. 1 presets (what the window's paper comparison loads) run exactly the caption's condition. */
class PaperFigurePresetTest {
    @TempDir
    Path home;

    @Test
    void figureOnePresetsAreTheCaptionsCondition() {
        PresetLibrary library = new PresetLibrary(home);
        for (FlowKind f : PaperCondition.FLOWS) {
            Preset p = library.require("25gaussians-fig1-" + f.id());
            assertEquals(PaperFigure.FIGURE_1.config(f), p.config(), f.id());
            assertTrue(p.description().contains("no AdaGrad, full targets, 256 particles moved per step, annealed"), p.description());
        }
    }
}
