package org.flowexplorer.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.flowexplorer.app.data.StepCost;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.kernel.KernelMode;
import org.flowexplorer.core.sim.RunConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Honest about cost: before "Apply &amp; reset" the panel estimates the time of a step for the chosen
 * N, M, flow and kernel, warns when it is slow and offers grid mode; grid mode is labelled with its
 * error while it runs; the top bar gives steps per second, and a slow step in progress is said to
 * be in progress, never "idle".
 */
class CostAndRateTest {
    @RegisterExtension
    final WindowFixture w = WindowFixture.small(300);

    @BeforeEach
    void controller() {
        WindowFixture.untilFx("the first frame", () -> w.c().canvas().drawn() != null);
    }

    private String text(String id) {
        return WindowFixture.fx(() -> w.robot().lookup(id).queryAs(Label.class).getText());
    }

    private void type(String id, String value) {
        TextField f = w.robot().lookup(id).queryAs(TextField.class);
        w.robot().doubleClickOn(f).push(KeyCode.SHORTCUT, KeyCode.A).write(value).type(KeyCode.ENTER);
    }

    @Test
    void aLargeSizeIsAnnouncedWithItsCostPerStepAndKernelBeforeApply() {
        type("#particlesField", "50000");
        type("#targetsField", "50000");
        // kernel = auto: above 20,000 points the run will be in grid mode, and the estimate says so
        WindowFixture.untilFx("a grid estimate", () -> text("#costLabel").contains("per step, grid mode, about"));
        assertFalse(text("#costLabel").startsWith("⚠"), text("#costLabel"));

        WindowFixture.run(() -> w.robot().lookup("#kernelBox").queryAs(ComboBox.class).setValue("exact"));
        WindowFixture.untilFx("an exact estimate", () -> text("#costLabel").contains("exact"));
        String exact = text("#costLabel");
        assertTrue(w.robot().lookup("#applyData").query().isVisible(), "the estimate comes before Apply & reset");
        // the estimate is this machine's: exact sums at 50,000 are estimated at about 5 s a step on the
        // 2-core development machine, ten times StepCost.SLOW_SECONDS; on a machine fast enough to
        // stay under it the label must say so without a warning (StepCostTest covers the warning's text)
        double stated = typicalSeconds(exact).orElseThrow(() -> new AssertionError(exact));
        boolean warned = exact.startsWith("⚠");
        assertEquals(warned, WindowFixture.fx(() -> w.robot().lookup("#costLabel").query().getStyleClass().contains("warning")));
        // the label rounds (0.5004 s reads "500 ms"), so at the threshold itself either side is right
        assertTrue(warned ? stated >= StepCost.SLOW_SECONDS : stated <= StepCost.SLOW_SECONDS, exact);
        if (!warned) {
            WindowFixture.run(() -> w.robot().lookup("#kernelBox").queryAs(ComboBox.class).setValue("grid"));
            WindowFixture.untilFx("grid chosen", () -> text("#costLabel").contains("grid mode"));
            assertEquals(KernelMode.GRID, w.c().dynamicsModel().current().kernel(), "a dynamics change, no reset needed");
            assert300();
            return;
        }
        assertTrue(exact.contains("Grid mode: ≈"), exact);
        assertTrue(WindowFixture.fx(() -> w.robot().lookup("#useGrid").query().isVisible()), "grid mode is offered");

        w.robot().clickOn("#useGrid");
        WindowFixture.untilFx("grid chosen", () -> "grid".equals(w.robot().lookup("#kernelBox").queryAs(ComboBox.class)
                .getValue()) && text("#costLabel").contains("grid mode") && !text("#costLabel").startsWith("⚠"));
        assertEquals(KernelMode.GRID, w.c().dynamicsModel().current().kernel(), "a dynamics change, no reset needed");
        assert300(); // back to a small run: no warning
    }

    @Test
    void gridModeIsLabelledWithItsErrorWhileItRuns() {
        assertEquals("exact sums", text("#kernelStatus"));
        WindowFixture.run(() -> w.robot().lookup("#kernelBox").queryAs(ComboBox.class).setValue("grid"));
        WindowFixture.run(() -> w.c().worker().play());
        WindowFixture.untilFx("the grid label", () -> text("#kernelStatus").matches("⚠ grid mode, about [0-9.]+ % error")
                && text("#statusLabel").contains("grid mode, about"));
        WindowFixture.await(w.c().worker().pause());
    }

    /** The typical seconds per step a cost label states ("≈ 660 ms per step…", "⚠ ≈ 1.2 s per step…"). */
    private static java.util.Optional<Double> typicalSeconds(String label) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("≈ (< )?([0-9.]+) (ms|s) per step").matcher(label);
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        double v = Double.parseDouble(m.group(2));
        return java.util.Optional.of(m.group(3).equals("ms") ? v / 1000 : v);
    }

    private void assert300() {
        type("#particlesField", "300");
        type("#targetsField", "100");
        WindowFixture.untilFx("a new estimate", () -> {
            String t = w.robot().lookup("#costLabel").queryAs(Label.class).getText();
            return t.contains("per step") && !t.startsWith("⚠");
        });
        assertFalse(WindowFixture.fx(() -> w.robot().lookup("#costLabel").query().getStyleClass().contains("warning")));
    }

    @Test
    void theTopBarGivesStepsPerSecondWhileRunning() {
        WindowFixture.run(() -> w.c().worker().play());
        WindowFixture.untilFx("steps per second", () -> w.robot().lookup("#rateLabel").queryAs(Label.class).getText()
                .matches(".*ms/step · [0-9.]+ steps/s"));
        WindowFixture.await(w.c().worker().pause());
    }

    @Test
    void aSlowStepIsShownAsInProgressNeverAsIdle() {
        // exact SVGD sums over 50,000 particles and targets: seconds per step on two cores
        RunConfig c = w.c().worker().config();
        RunConfig big = c.withSizes(50_000, 50_000).withParams(c.params().withFlow(FlowKind.SVGD)
                .withKernel(KernelMode.EXACT));
        WindowFixture.run(() -> w.c().worker().rebuild(big));
        WindowFixture.until("the big run", () -> w.latest().positions().size() == 50_000);
        WindowFixture.run(() -> w.c().worker().play());
        WindowFixture.untilFx("a step in progress", () -> {
            assertFalse(w.robot().lookup("#fpsLabel").queryAs(Label.class).getText().contains("idle"),
                    "idle while running");
            return w.robot().lookup("#rateLabel").queryAs(Label.class).getText().contains("step in progress");
        });
        WindowFixture.await(w.c().worker().pause());
        assertEquals(0, w.latest().step(), "pausing stopped the step in progress instead of waiting for it");
    }
}
