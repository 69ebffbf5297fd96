package org.flowexplorer.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.controlsfx.control.NotificationPane;
import org.flowexplorer.app.compare.ComparePreset;
import org.flowexplorer.core.flow.FlowKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The window at 1280×800, the most common projector size, walked as a user would look at it:
 * every label, button and check box shows its whole text (compared with the text the skin
 * renders), no two controls overlap, nothing lies outside the window or its panel, no scroll bar
 * appears — in the default state, with every flow selected, with data edits pending, with curl
 * diagnostics on, with the advanced section open on a warning, with free weights, while running,
 * with the timeline in the past, in the dark theme, with the key list shown and in compare mode
 * with each built-in comparison; and scaled up to
 * 1600×1000, 1920×1080 and 2560×1440.
 */
class LayoutFitTest {
    @RegisterExtension
    final WindowFixture w = WindowFixture.firstStart();
    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void controller() {
        WindowFixture.untilFx("the first frame", () -> w.c().canvas().frame() != null);
    }

    private void check(String state) {
        List<String> found = WindowFixture.fx(() -> LayoutCheck.problems(w.stage().getScene()));
        found.forEach(p -> problems.add(state + ": " + p));
        WindowFixture.screenshot(w.stage().getScene(), "layout-" + state);
    }

    @Test
    void nothingIsCutOverlappingOrScrolledAt1280x800InAnyState() {
        assertEquals(1280, WindowFixture.fx(() -> w.stage().getScene().getWidth()), 0.5);
        assertEquals(800, WindowFixture.fx(() -> w.stage().getScene().getHeight()), 0.5);
        check("default");
        for (FlowKind f : FlowKind.values()) {
            WindowFixture.run(() -> w.c().dynamicsPanel().selectFlow(f));
            check(f.displayName() + " selected");
        }
        WindowFixture.run(() -> {
            w.c().dynamicsPanel().selectFlow(FlowKind.DIFFFLOW);
            w.c().dynamicsModel().setFreeWeights(true);
        });
        check("DiffFlow with free weights");
        WindowFixture.run(() -> {
            w.c().dynamicsModel().setFreeWeights(false);
            w.c().dynamicsPanel().selectFlow(FlowKind.MMD);
            w.c().dynamicsModel().setEta(0.5);
            w.c().dynamicsModel().setCurl(3);
        });
        check("MMD, advanced open on the κ warning");
        WindowFixture.run(() -> w.c().dynamicsModel().setCurl(0));

        TextField n = w.robot().lookup("#particlesField").queryAs(TextField.class);
        WindowFixture.run(() -> {
            n.setText("20000");
            w.c().dataPanel().particlesInput().commitText();
        });
        WindowFixture.untilFx("the cost of a step", () -> !w.c().dataPanel().costLabel().getText().contains("estimating"));
        check("data edits pending, with the cost of a step");
        WindowFixture.run(() -> w.robot().lookup("#revertData").queryButton().fire());

        WindowFixture.run(() -> w.c().dataPanel().curlCheck().setSelected(true));
        WindowFixture.untilFx("the curl read-out", () -> w.c().curlOverlay().latestReadout() != null);
        check("curl diagnostics on");
        WindowFixture.run(() -> w.c().dataPanel().curlCheck().setSelected(false));

        WindowFixture.run(() -> w.c().worker().play());
        WindowFixture.until("40 steps and metrics", () -> w.c().worker().latest().step() >= 40
                && WindowFixture.fx(() -> w.c().dynamicsPanel().metricsChart().history().rows().size()) >= 2);
        check("running");
        WindowFixture.await(w.c().worker().pause());
        WindowFixture.run(() -> w.c().timeline().slider().setValue(10));
        check("timeline in the past");
        WindowFixture.run(() -> w.c().timeline().model().goLive());

        WindowFixture.run(() -> w.c().dataPanel().darkSwitch().setSelected(true));
        check("dark theme");
        WindowFixture.run(() -> w.c().help().toggle());
        check("key list shown");

        WindowFixture.run(() -> w.c().help().toggle());
        WindowFixture.run(() -> w.c().dataPanel().darkSwitch().setSelected(false));

        WindowFixture.run(() -> w.c().compareMode().open());
        @SuppressWarnings("unchecked")
        ComboBox<ComparePreset> comparisons = w.robot().lookup("#comparePresets").queryAs(ComboBox.class);
        for (int i = 0; i < WindowFixture.fx(() -> comparisons.getItems().size()); i++) {
            int k = i;
            WindowFixture.run(() -> comparisons.setValue(comparisons.getItems().get(k)));
            ComparePreset shown = WindowFixture.fx(comparisons::getValue);
            WindowFixture.run(() -> w.robot().lookup(node -> node instanceof NotificationPane).queryAllAs(NotificationPane.class)
                    .forEach(NotificationPane::hide)); // the note "name: what it runs" comes and goes
            check("compare mode, " + shown.name());
        }
        WindowFixture.run(() -> w.c().compareMode().close());

        for (double[] size : new double[][] {{1600, 1000}, {1920, 1080}, {2560, 1440}}) {
            WindowFixture.run(() -> {
                w.stage().setWidth(size[0]);
                w.stage().setHeight(size[1]);
            });
            WindowFixture.untilFx("the window at " + size[0], () -> w.stage().getScene().getWidth() == size[0]);
            check(String.format(java.util.Locale.ROOT, "scaled up to %.0fx%.0f", size[0], size[1]));
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }
}
