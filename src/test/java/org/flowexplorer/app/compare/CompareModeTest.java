package org.flowexplorer.app.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.flowexplorer.app.window.WindowFixture;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Compare mode on headless Monocle: lock-step panes from one start, per-pane parameters, way back. */
class CompareModeTest {

    @RegisterExtension
    final WindowFixture w = WindowFixture.firstStart();

    private CompareView openWithButton() {
        w.robot().clickOn("#compare");
        CompareView v = w.c().compareMode().view();
        assertNotNull(v);
        WindowFixture.until("panes built", () -> WindowFixture.fx(() -> v.panes().size()) >= 2);
        return v;
    }

    @Test
    void opensWithThreePanesOfThePaperFigureFromIdenticalStarts() {
        CompareView v = openWithButton();
        assertTrue(w.c().compareMode().showing());
        assertEquals(ComparePresets.PAPER_FIGURE_1, v.worker().preset().name());
        List<Snapshot> start = v.worker().latest();
        assertEquals(3, start.size());
        assertEquals(3, WindowFixture.fx(() -> v.panes().size()));
        for (Snapshot s : start) {
            assertEquals(0, s.step());
            assertEquals(start.get(0).positions(), s.positions(), "identical initial particles");
            assertSame(start.get(0).targets(), s.targets(), "shared targets");
        }
        assertEquals(List.of(FlowKind.SD, FlowKind.MMD, FlowKind.SVGD),
                start.stream().map(s -> s.parameters().flow()).toList());
        WindowFixture.until("every pane drawn", () -> WindowFixture.fx(() -> v.panes().stream().allMatch(p -> p.canvas().drawn() != null)));
        assertTrue(WindowFixture.fx(() -> v.panes().get(0).title().getText()).startsWith("SD flow"));
        assertTrue(WindowFixture.fx(() -> v.panes().get(2).title().getText()).startsWith("SVGD"));
        assertEquals(3, WindowFixture.fx(() -> v.chart().lines()));
        List<ComparePreset> offered = WindowFixture.fx(() -> List.copyOf(v.presetBox().getItems()));
        assertEquals(4, offered.size(), "three built-in comparisons and the current run");
        assertTrue(offered.get(3).name().startsWith(ComparePresets.CURRENT_PREFIX + "25gaussians"), offered.get(3).name());

        w.robot().clickOn("#addPane");
        WindowFixture.until("four panes", () -> WindowFixture.fx(() -> v.panes().size()) == 4);
        assertEquals(v.worker().parameters(2), v.worker().parameters(3), "the new pane copies the last");
        assertTrue(WindowFixture.fx(() -> v.toolbar().addPane().isDisabled()), "at most four panes");
        w.robot().clickOn("#removePane-0");
        WindowFixture.until("three panes", () -> WindowFixture.fx(() -> v.panes().size()) == 3);
        assertEquals(FlowKind.MMD, v.worker().parameters(0).flow(), "the SD pane was removed");
    }

    @Test
    void steppingKeepsEveryPaneAtTheSameStepWithDifferentPositions() {
        w.robot().type(KeyCode.C);
        CompareView v = w.c().compareMode().view();
        WindowFixture.until("panes built", () -> WindowFixture.fx(() -> v.panes().size()) == 3);
        ComparePreset paper = v.worker().preset();
        ComparePreset smaller = new ComparePreset(paper.name(), paper.description(),
                paper.config().withSizes(300, 300), paper.panes());
        w.robot().interact(() -> v.load(smaller));
        WindowFixture.until("the smaller comparison", () -> v.worker().latest().get(0).positions().size() == 300);
        int n = 5;
        for (int i = 0; i < n; i++) {
            w.robot().type(KeyCode.RIGHT);
        }
        WindowFixture.until(n + " steps", () -> v.worker().latest().stream().allMatch(s -> s.step() == n));
        List<Snapshot> now = v.worker().latest();
        for (Snapshot s : now) {
            assertEquals(n, s.step());
            assertTrue(s.positions().allFinite());
        }
        assertNotEquals(now.get(0).positions(), now.get(2).positions(), "SD and SVGD moved differently");
        WindowFixture.until("panes show step " + n, () -> WindowFixture.fx(() -> v.panes().stream()
                .allMatch(p -> p.canvas().drawn() != null && p.canvas().drawn().step() == n)));
        assertEquals(0, w.c().worker().latest().step(), "the single run did not move");
    }

    @Test
    void changingOnePanesEtaChangesOnlyThatPane() {
        CompareView v = openWithButton();
        List<FlowParameters> before = List.of(v.worker().parameters(0), v.worker().parameters(1), v.worker().parameters(2));
        w.robot().interact(() -> v.panes().get(1).etaSlider().setValue(0.3));
        assertEquals(0.3, v.worker().parameters(1).eta(), 1e-12);
        assertEquals(before.get(1).withEta(0.3), v.worker().parameters(1), "only η changed in pane 2");
        assertEquals(before.get(0), v.worker().parameters(0), "pane 1 untouched");
        assertEquals(before.get(2), v.worker().parameters(2), "pane 3 untouched");
        assertTrue(WindowFixture.fx(() -> v.panes().get(1).title().getText()).contains("η = 0.3"));
        w.robot().type(KeyCode.RIGHT);
        WindowFixture.until("one step", () -> v.worker().latest().stream().allMatch(s -> s.step() == 1));
        assertEquals(0.3, v.worker().latest().get(1).parameters().eta(), 1e-12);
        assertEquals(0.5, v.worker().latest().get(0).parameters().eta(), 1e-12);
    }

    @Test
    void curlPresetWarnsWhenTheStepIsUnstableAndBackReturnsToTheSingleView() {
        CompareView v = openWithButton();
        ComparePreset wgf = WindowFixture.fx(() -> v.presetBox().getItems().get(1));
        assertEquals(ComparePresets.WGF_CURL, wgf.name());
        w.robot().interact(() -> v.presetBox().setValue(wgf));
        WindowFixture.until("two panes", () -> WindowFixture.fx(() -> v.panes().size()) == 2);
        assertEquals(2.0, v.worker().parameters(1).curl());
        assertEquals(0.2, v.worker().parameters(1).eta(), 1e-12);
        assertFalse(WindowFixture.fx(() -> v.panes().get(1).warning().isVisible()), "η(1+κ²) = 1 is stable");
        w.robot().interact(() -> v.panes().get(1).etaSlider().setValue(0.4));
        assertTrue(WindowFixture.fx(() -> v.panes().get(1).warning().isVisible()), "η(1+κ²) = 2 warns");
        assertFalse(WindowFixture.fx(() -> v.panes().get(0).warning().isVisible()));
        w.robot().clickOn("#backToSingle");
        assertFalse(w.c().compareMode().showing());
        assertSame(w.c().root(), w.window().stage().getScene().getRoot());
        w.robot().type(KeyCode.RIGHT);
        WindowFixture.until("the single run steps again", () -> w.c().worker().latest().step() == 1);
        assertEquals(0, v.worker().latest().get(0).step(), "the comparison stays paused");
    }
}
