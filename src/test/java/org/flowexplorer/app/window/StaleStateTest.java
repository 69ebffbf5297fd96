package org.flowexplorer.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import javafx.animation.AnimationTimer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.metric.MetricsCalculator;
import org.flowexplorer.core.sim.MetricsRow;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Snapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing of an old state survives into what the window shows: the chart clears on reset and on
 * new data (at the first frame of the new run, not a measurement later); an opened run fills the
 * timeline with every replayed step and DYNAMICS names the flow of the step shown; METRICS and the
 * curl read-out follow a scrubbed step; past T the σ read-out says it is held.
 */
class StaleStateTest {
    @RegisterExtension
    final WindowFixture w = WindowFixture.small(300);

    @BeforeEach
    void controller() {
        WindowFixture.untilFx("the first frame", () -> w.c().canvas().drawn() != null);
        WindowFixture.run(() -> w.c().worker().setMaxStepsPerSecond(0));
    }

    /** What {@code probe} sees at the first frame (after the window's own frame work) at which {@code when} holds. */
    private static <T> CompletableFuture<T> atFirstFrameWhere(BooleanSupplier when, Supplier<T> probe) {
        CompletableFuture<T> seen = new CompletableFuture<>();
        WindowFixture.run(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (when.getAsBoolean()) {
                    stop();
                    seen.complete(probe.get());
                }
            }
        }.start());
        return seen;
    }

    private List<MetricsRow> chartRows() {
        return List.copyOf(w.c().dynamicsPanel().metricsChart().history().rows());
    }

    private void runUntil(long step) {
        WindowFixture.run(() -> w.c().worker().play());
        WindowFixture.until("step " + step + " and a chart", () -> w.latest().step() >= step
                && WindowFixture.fx(() -> chartRows().stream().filter(r -> r.step() > 0).count()) >= 2);
        WindowFixture.await(w.c().worker().pause());
    }

    @Test
    void theChartClearsAtTheFirstFrameAfterAReset() {
        runUntil(40);
        CompletableFuture<Long> oldRows = atFirstFrameWhere(() -> w.c().canvas().drawn().step() == 0,
                () -> chartRows().stream().filter(r -> r.step() > 0).count());
        w.robot().type(KeyCode.R);
        assertEquals(0, WindowFixture.await(oldRows), "rows of the run before the reset still on the chart");
    }

    @Test
    void theChartClearsAtTheFirstFrameOfNewData() {
        runUntil(40);
        CompletableFuture<Long> oldRows = atFirstFrameWhere(
                () -> w.c().canvas().drawn().targets().name().equals("swissroll"),
                () -> chartRows().stream().filter(r -> r.modesCovered() != null).count()); // swissroll has no modes
        WindowFixture.run(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<String> box = (ComboBox<String>) w.robot().lookup("#datasetBox").query();
            box.setValue("swissroll");
        });
        // the bar shows on the FX thread after the change; click only once it is there (a click racing it failed once)
        WindowFixture.until("the apply bar", () -> WindowFixture.fx(() -> w.robot().lookup("#applyData")
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent()));
        w.robot().clickOn("#applyData");
        assertEquals(0, WindowFixture.await(oldRows), "rows of the 25-Gaussians run on the Swiss-roll chart");
        runUntil(20);
        assertTrue(WindowFixture.fx(() -> chartRows().stream().allMatch(r -> r.modesCovered() == null)),
                "no modes line for a dataset without modes");
    }

    @Test
    void anOpenedRunFillsTheTimelineWithEveryStepAndDynamicsNamesTheFlowShown(@TempDir Path dir) throws Exception {
        WindowFixture.run(() -> w.c().worker().play());
        WindowFixture.until("15 steps", () -> w.latest().step() >= 15);
        w.robot().type(KeyCode.DIGIT3); // SVGD from here on
        WindowFixture.until("35 steps", () -> w.latest().step() >= 35);
        WindowFixture.await(w.c().worker().pause());
        Path file = dir.resolve("steered.json");
        RunConfig saved = WindowFixture.await(WindowFixture.fx(() -> w.c().files().configs().save(file))).config();
        int end = saved.steps();
        int switched = saved.changes().get(0).step();
        assertEquals(FlowKind.SVGD, saved.paramsAt(end).flow());

        WindowFixture.run(() -> w.c().runs().loadPreset(new PresetLibrary().require("8gaussians-sd")));
        WindowFixture.until("another run", () -> w.latest().targets().name().equals("8gaussians"));
        WindowFixture.await(WindowFixture.fx(() -> w.c().files().configs().open(file)));
        WindowFixture.untilFx("the replay recorded", () -> w.c().timeline().model().timeline().newest().step() == end);
        List<Long> steps = WindowFixture.fx(() -> java.util.Arrays.stream(w.c().timeline().model().timeline().steps()).boxed().toList());
        assertEquals(LongStream.rangeClosed(0, end).boxed().toList(), steps, "every replayed step on the timeline");

        WindowFixture.run(() -> w.c().timeline().slider().setValue(switched / 2));
        WindowFixture.untilFx("DYNAMICS on SD at step " + switched / 2,
                () -> w.c().dynamicsModel().current().flow() == FlowKind.SD && w.robot().lookup("#flow-sd")
                        .queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        WindowFixture.run(() -> w.c().timeline().slider().setValue(end - 1));
        WindowFixture.untilFx("DYNAMICS on SVGD at step " + (end - 1),
                () -> w.c().dynamicsModel().current().flow() == FlowKind.SVGD);
    }

    @Test
    void metricsFollowAScrubbedStep() {
        runUntil(40);
        WindowFixture.run(() -> w.c().timeline().slider().setValue(10));
        Snapshot s10 = WindowFixture.fx(() -> w.c().timeline().model().timeline().at(10));
        String want;
        try (ParallelRunner runner = new ParallelRunner(1)) {
            MetricsCalculator m = new MetricsCalculator(s10.targets().points(), s10.targets().mixture(), runner);
            want = String.format(Locale.ROOT, "MMD² %.4g", m.mmd2(s10.positions()));
        }
        WindowFixture.untilFx("METRICS of step 10 (" + want + ")",
                () -> w.robot().lookup("#mmdLabel").queryAs(Label.class).getText().equals(want));
    }

    @Test
    void theCurlReadOutFollowsAScrubbedStep() {
        WindowFixture.run(() -> {
            w.c().dynamicsPanel().selectFlow(FlowKind.SVGD);
            w.c().dataPanel().curlCheck().setSelected(true);
        });
        runUntil(30);
        WindowFixture.run(() -> w.c().timeline().slider().setValue(10));
        WindowFixture.untilFx("the read-out of step 10",
                () -> w.robot().lookup("#curlReadout").queryAs(Label.class).getText().contains("step 10,"));
    }

    @Test
    void pastTheEndOfTheScheduleTheSigmaReadOutSaysItIsHeld() {
        TextField t = w.robot().lookup("#lengthField").queryAs(TextField.class);
        w.robot().doubleClickOn(t).push(KeyCode.SHORTCUT, KeyCode.A).write("5").type(KeyCode.ENTER);
        WindowFixture.untilFx("T = 5", () -> w.c().worker().simulation().parameters().get().schedule().length() == 5);
        for (int i = 0; i < 7; i++) {
            WindowFixture.run(() -> w.c().timeline().stepLive());
        }
        WindowFixture.until("step 7", () -> w.latest().step() == 7);
        WindowFixture.untilFx("σ said to be held", () -> w.robot().lookup("#sigmaLabel").queryAs(Label.class)
                .getText().contains("held"));
    }
}
