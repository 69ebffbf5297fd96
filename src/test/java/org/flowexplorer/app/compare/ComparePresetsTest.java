package org.flowexplorer.app.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.schedule.ScheduleKind;
import org.junit.jupiter.api.Test;

/** The built-in comparisons and the pane view model, without a window. */
class ComparePresetsTest {
    private final PresetLibrary library = new PresetLibrary();
    private final List<ComparePreset> presets = ComparePresets.builtIn(library);

    /**
     * Paper figure 1 runs the caption's exact condition (no AdaGrad, full targets, particles in
     * batches of B_q = 256, σ annealed linearly 1 → 0.05) and its description (the box's tooltip) says so; before, it ran the
     * presets' full-batch condition under a label that did not name the batches.
     */
    @Test
    void paperFigureRunsTheCaptionsConditionFromOneStart() {
        ComparePreset paper = presets.get(0);
        assertEquals(ComparePresets.PAPER_FIGURE_1, paper.name());
        for (String said : List.of("no AdaGrad", "full targets", "batched particles B_q = 256", "linear σ 1 → 0.05")) {
            assertTrue(paper.description().contains(said), paper.description() + " should say " + said);
        }
        assertEquals(library.require("25gaussians-sd").config(), paper.config());
        List<FlowParameters> presetsParams = List.of(library.require("25gaussians-sd").config().params(),
                library.require("25gaussians-mmd").config().params(),
                library.require("25gaussians-svgd").config().params());
        for (int i = 0; i < 3; i++) {
            FlowParameters p = paper.panes().get(i);
            assertEquals(presetsParams.get(i).flow(), p.flow());
            assertEquals(presetsParams.get(i).eta(), p.eta());
            assertEquals(presetsParams.get(i).mmdNoise(), p.mmdNoise());
            assertFalse(p.adagrad(), "no AdaGrad");
            assertEquals(0, p.targetBatch(), "full targets");
            assertEquals(256, p.particleBatch(), "batched particles");
            assertEquals(ScheduleKind.LINEAR, p.schedule().kind());
            assertEquals(1.0, p.schedule().sigmaMax());
            assertEquals(0.05, p.schedule().sigmaMin());
        }
    }

    @Test
    void curlAndRhoComparisonsHaveTheAdvertisedParameters() {
        ComparePreset wgf = presets.get(1);
        assertEquals(List.of(0.0, 2.0), wgf.panes().stream().map(FlowParameters::curl).toList());
        assertTrue(wgf.panes().stream().allMatch(p -> p.eta() == 0.2 && p.flow() == FlowKind.LANGEVIN));
        ComparePreset rho = presets.get(2);
        assertEquals(List.of(0.0, 0.5, 1.0), rho.panes().stream().map(FlowParameters::rho).toList());
        assertTrue(rho.panes().stream().allMatch(p -> p.flow() == FlowKind.DIFFFLOW && p.wp() == null));
    }

    @Test
    void theCurrentRunIsComparedWithThreeFlowsAndItsOwnDynamics() {
        var run = library.require("moons-diffflow").config().withSizes(300, 300);
        ComparePreset p = ComparePresets.ofRun(run.withChangeAt(5, run.params().withEta(0.3)));
        assertTrue(p.name().startsWith(ComparePresets.CURRENT_PREFIX + "moons"), p.name());
        assertEquals(List.of(FlowKind.SD, FlowKind.MMD, FlowKind.SVGD), p.panes().stream().map(FlowParameters::flow).toList());
        assertTrue(p.panes().stream().allMatch(q -> q.eta() == run.params().eta()));
        assertTrue(p.config().changes().isEmpty());
        assertEquals(300, p.config().particles());
    }

    @Test
    void panesGetDistinctColoursAndAGridOfEqualCells() {
        assertEquals(List.of(2, 3, 2), List.of(PaneGrid.columns(2), PaneGrid.columns(3), PaneGrid.columns(4)));
        assertEquals(4, java.util.stream.IntStream.range(0, 4).mapToObj(PaneColors::css).distinct().count());
        assertEquals("#0072B2", PaneColors.css(0));
    }

    @Test
    void paneCountIsTwoToFour() {
        FlowParameters p = presets.get(0).panes().get(0);
        ComparePreset first = presets.get(0);
        assertThrows(IllegalArgumentException.class,
                () -> new ComparePreset(first.name(), first.description(), first.config(), List.of(p)));
        assertThrows(IllegalArgumentException.class,
                () -> new ComparePreset(first.name(), first.description(), first.config(), List.of(p, p, p, p, p)));
        assertEquals(4, new ComparePreset(first.name(), first.description(), first.config(), List.of(p, p, p, p))
                .panes().size());
    }

    @Test
    void paneModelSendsValidChangesAndRefusesBadOnes() {
        List<FlowParameters> sent = new ArrayList<>();
        ComparePaneModel m = new ComparePaneModel(1, presets.get(1).panes().get(1), sent::add);
        assertEquals("Langevin · κ = 2 · η = 0.2", m.title());
        assertNull(m.warning(), "0.2 · (1 + 4) = 1 < 2");
        assertNull(m.setEta(0.4));
        assertNotNull(m.warning(), "0.4 · (1 + 4) = 2 warns");
        assertNotNull(m.setRho(1.5), "ρ outside [0, 1] is refused");
        assertEquals(0.0, m.current().rho());
        assertNull(m.setFlow(FlowKind.DIFFFLOW));
        assertNull(m.setRho(0.5));
        assertTrue(m.title().startsWith("DiffFlow · ρ = 0.5"), m.title());
        assertEquals(3, sent.size());
        assertEquals(m.current(), sent.get(2));
        assertNotNull(ComparePaneModel.warning(FlowParameters.defaults(FlowKind.SD).withEta(2.0)), "η ≥ 2 without curl");
    }
}
