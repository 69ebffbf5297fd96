package org.flowexplorer.app.window;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.flowexplorer.core.sim.RunConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Honest about cost: before "Apply &amp; reset" the panel estimates the time of a step for the chosen
 * N, M and flow and warns when it is slow; while running the top bar gives steps per second, and a
 * slow step in progress is said to be in progress, never "idle".
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
        w.robot().doubleClickOn(f).eraseText(8).write(value).type(KeyCode.ENTER);
    }

    @Test
    void aSlowSizeIsAnnouncedWithItsCostPerStepBeforeApply() {
        type("#particlesField", "50000");
        type("#targetsField", "50000");
        WindowFixture.untilFx("an estimate", () -> w.robot().lookup("#costLabel").queryAs(Label.class).getText()
                .contains("per step"));
        String slow = text("#costLabel");
        assertTrue(slow.startsWith("⚠"), slow);
        assertTrue(WindowFixture.fx(() -> w.robot().lookup("#costLabel").query().getStyleClass().contains("warning")));
        assertTrue(w.robot().lookup("#applyData").query().isVisible(), "the estimate comes before Apply & reset");
        assert300(); // back to a small run: no warning
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
        RunConfig big = w.latest().parameters() == null ? null : w.c().worker().config().withSizes(12_000, 12_000);
        WindowFixture.run(() -> w.c().worker().rebuild(big));
        WindowFixture.until("the big run", () -> w.latest().positions().size() == 12_000);
        WindowFixture.run(() -> w.c().worker().play());
        WindowFixture.untilFx("a step in progress", () -> {
            assertFalse(w.robot().lookup("#fpsLabel").queryAs(Label.class).getText().contains("idle"),
                    "idle while running");
            return w.robot().lookup("#rateLabel").queryAs(Label.class).getText().contains("step in progress");
        });
        WindowFixture.await(w.c().worker().pause());
    }
}
