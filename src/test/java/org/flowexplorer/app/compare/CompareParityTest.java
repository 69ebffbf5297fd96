package org.flowexplorer.app.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.flowexplorer.app.window.ExplorerController;
import org.flowexplorer.app.window.ExplorerWindow;
import org.flowexplorer.app.window.WindowFixture;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.render.paint.FrameBuffer;
import org.flowexplorer.core.render.paint.Palette;
import org.flowexplorer.core.sim.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Compare mode on a par with the single view, at 1280 × 800. Each test failed on the code before
 * (commit 3633163): "+ pane" rebuilt every pane at step 0, there was
 * no timeline and no ms/step or steps/s read-out, particles were vermillion in every pane, and a
 * pane title wider than its header was cut to "…". The colour, "+ pane" and title tests were run against
 * that commit in a separate worktree and failed there; the timeline and read-out tests need API it lacked.
 */
class CompareParityTest {

    @RegisterExtension
    final WindowFixture w = WindowFixture.small(300);

    /** Opens compare mode on this run's data (300 particles: quick steps). */
    private CompareView open() {
        w.robot().type(KeyCode.C);
        CompareView v = w.c().compareMode().view();
        WindowFixture.until("panes built", () -> WindowFixture.fx(() -> v.panes().size()) == 3);
        ComparePreset mine = WindowFixture.fx(() -> v.presetBox().getItems().get(3));
        w.robot().interact(() -> v.load(mine));
        WindowFixture.until("this run's comparison", () -> v.worker().latest().get(0).positions().size() == 300);
        return v;
    }

    private void stepTo(CompareView v, int n) {
        while (v.worker().latest().get(0).step() < n) {
            long before = v.worker().latest().get(0).step();
            w.robot().interact(() -> v.worker().stepOnce());
            WindowFixture.until("step " + (before + 1), () -> v.worker().latest().get(0).step() > before);
        }
    }

    @Test
    void addingAPaneContinuesTheOthersFromTheirStep() {
        CompareView v = open();
        stepTo(v, 6);
        List<Snapshot> before = v.worker().latest();
        w.robot().interact(() -> v.toolbar().addPane().fire());
        WindowFixture.until("four panes", () -> WindowFixture.fx(() -> v.panes().size()) == 4);
        List<Snapshot> after = v.worker().latest();
        for (int i = 0; i < 3; i++) {
            assertEquals(6, after.get(i).step(), "pane " + i + " kept its step");
            assertEquals(before.get(i).positions(), after.get(i).positions(), "pane " + i + " kept its particles");
        }
        assertEquals(6, after.get(3).step(), "the new pane continues from step 6");
        assertEquals(after.get(2).positions(), after.get(3).positions(), "as a twin of the pane it continues");
        assertEquals(4, WindowFixture.fx(() -> v.chart().lines()));
        assertEquals(WindowFixture.fx(() -> v.chart().rows(2).size()), WindowFixture.fx(() -> v.chart().rows(3).size()),
                "its chart line starts with the history it continues");
        w.robot().interact(() -> v.worker().stepOnce());
        WindowFixture.until("every pane at step 7", () -> v.worker().latest().stream().allMatch(s -> s.step() == 7));
        w.robot().interact(() -> v.panes().get(1).removeButton().fire());
        WindowFixture.until("three panes", () -> WindowFixture.fx(() -> v.panes().size()) == 3);
        assertTrue(v.worker().latest().stream().allMatch(s -> s.step() == 7), "removing a pane keeps the others' step");
    }

    @Test
    void particlesAreDrawnInTheirPanesColour() {
        CompareView v = open();
        stepTo(v, 1);
        WindowFixture.until("panes drawn at step 1", () -> WindowFixture.fx(() -> v.panes().stream()
                .allMatch(p -> p.canvas().drawn() != null && p.canvas().drawn().step() == 1)));
        for (int i = 0; i < 3; i++) {
            int pane = i;
            int[] counts = WindowFixture.fx(() -> {
                FrameBuffer f = v.panes().get(pane).canvas().frame();
                int own = 0;
                int vermillion = 0;
                for (int p : f.pixels()) {
                    own += p == PaneColors.argb(pane) ? 1 : 0;
                    vermillion += p == Palette.uniform(false) ? 1 : 0;
                }
                return new int[] {own, vermillion};
            });
            assertTrue(counts[0] > 300, "pane " + i + " pixels in its colour: " + counts[0]);
            assertEquals(0, counts[1], "pane " + i + " has no vermillion particles");
        }
    }

    @Test
    void paneTitlesAreNeverCut() {
        CompareView v = open();
        w.robot().interact(() -> v.panes().get(2).flowBox().setValue(org.flowexplorer.core.flow.FlowKind.DIFFFLOW));
        w.robot().interact(() -> v.panes().get(2).curlSlider().setValue(2.5)); // the longest title, and a warning
        w.robot().interact(() -> v.worker().stepOnce());
        WindowFixture.until("step 1", () -> v.worker().latest().get(0).step() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        for (ComparePaneView p : WindowFixture.fx(v::panes)) {
            Label title = p.title();
            String shown = WindowFixture.fx(() -> ((Text) title.lookup(".text")).getText());
            assertEquals(title.getText(), shown, "title shown in full");
            assertTrue(WindowFixture.fx(() -> title.getWidth()) > 20, "title has room");
            if (p.warning().isVisible()) {
                String w = WindowFixture.fx(() -> ((Text) p.warning().lookup(".text")).getText());
                assertEquals(p.warning().getText(), w, "warning shown in full");
            }
        }
    }

    @Test
    void theTimelineScrubsEveryPaneAndForksFromThere() {
        CompareView v = open();
        stepTo(v, 8);
        WindowFixture.until("8 steps recorded", () -> WindowFixture.fx(() -> v.timeline().timeline().newest() != null
                && v.timeline().timeline().newest().step() == 8));
        w.robot().interact(() -> v.timelineBar().slider().setValue(3));
        WindowFixture.until("every pane shows step 3", () -> WindowFixture.fx(() -> v.panes().stream()
                .allMatch(p -> p.canvas().drawn() != null && p.canvas().drawn().step() == 3)));
        assertEquals(8, v.worker().latest().get(0).step(), "the live panes are still at step 8");
        w.robot().clickOn("#compareFork");
        WindowFixture.until("every pane back at step 3", () -> v.worker().latest().stream().allMatch(s -> s.step() == 3));
        w.robot().interact(() -> v.worker().stepOnce());
        WindowFixture.until("step 4", () -> v.worker().latest().stream().allMatch(s -> s.step() == 4));
        WindowFixture.until("live again", () -> WindowFixture.fx(() -> !v.timeline().showingPast()));
    }

    @Test
    void theTopBarShowsMsPerStepAndStepsPerSecond() {
        CompareView v = open();
        stepTo(v, 2);
        WindowFixture.until("ms/step shown", () -> WindowFixture.fx(() -> v.toolbar().speedLabel().getText()).matches("\\d+\\.\\d ms/step · paused"));
        w.robot().interact(() -> v.toolbar().speedBox().setValue(30));
        w.robot().interact(() -> v.worker().play());
        WindowFixture.until("steps/s shown", () -> WindowFixture.fx(() -> v.toolbar().speedLabel().getText()).matches(".* ms/step · \\d+ steps/s"));
        w.robot().interact(() -> v.worker().pause());
        assertTrue(WindowFixture.fx(() -> v.toolbar().stepLabel().getText()).matches("step \\d+ / 1000 · σ .*"),
                WindowFixture.fx(() -> v.toolbar().stepLabel().getText()));
        assertTrue(WindowFixture.fx(() -> v.panes().get(0).root().lookup("#paneStep-0") instanceof Label l && l.getText().endsWith(" ms")));
    }
}
