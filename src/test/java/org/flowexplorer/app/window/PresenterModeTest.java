package org.flowexplorer.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Presenter mode for a lecture hall: the canvas fills the window, one band of text of at least
 * 32 px names the flow, step / T, σ and modes covered and shows the update rule with the term just
 * changed highlighted; transport stays on the keys; and from 1280×720 to 3840×2160 nothing is cut,
 * overlapped or pushed out of the window, the key list (?) included.
 */
class PresenterModeTest {
    private static final double[][] SIZES = {{1280, 720}, {1280, 800}, {1600, 1000}, {1920, 1080}, {3840, 2160}};

    @RegisterExtension
    final WindowFixture w = WindowFixture.small(400);

    @BeforeEach
    void controller() {
        WindowFixture.untilFx("the first frame", () -> w.c().canvas().frame() != null);
    }

    private void resize(double width, double height) {
        WindowFixture.run(() -> {
            w.stage().setWidth(width);
            w.stage().setHeight(height);
        });
        WindowFixture.untilFx("the scene at " + width + "x" + height, () -> w.stage().getScene().getWidth() == width
                && w.stage().getScene().getHeight() == height);
    }

    private List<Node> bandItems() {
        return WindowFixture.fx(() -> w.c().presenter().band().shownItems().stream().map(PresenterBand.Item::node).toList());
    }

    @Test
    void theCanvasFillsTheWindowUnderOneBandOfLargeTextThatIsNeverCut() {
        w.robot().type(KeyCode.P);
        assertTrue(w.c().presenter().active());
        List<String> problems = new ArrayList<>();
        for (double[] size : SIZES) {
            resize(size[0], size[1]);
            String at = String.format(Locale.ROOT, "%.0fx%.0f", size[0], size[1]);
            WindowFixture.untilFx("the band and the canvas laid out at " + at, () -> {
                Bounds c = LayoutCheck.bounds(w.c().canvasHolder());
                Bounds b = LayoutCheck.bounds(w.c().presenter().band());
                double font = ((Label) w.robot().lookup("#bandStep").query()).getFont().getSize();
                return font == PresenterMode.fontSize(size[1]) && Math.abs(c.getHeight() + b.getHeight() - size[1]) < 1;
            });
            problems.addAll(WindowFixture.fx(() -> LayoutCheck.problems(w.stage().getScene())).stream()
                    .map(p -> at + ": " + p).toList());
            WindowFixture.screenshot(w.stage().getScene(), "presenter-" + at);
            double font = WindowFixture.fx(() -> ((Label) w.robot().lookup("#bandStep").query()).getFont().getSize());
            assertTrue(font >= 32, at + ": band font " + font + " px");
            List<Node> shown = bandItems();
            assertTrue(shown.stream().anyMatch(n -> "bandStep".equals(n.getId())), at + ": step shown");
            assertTrue(shown.stream().anyMatch(n -> "bandSigma".equals(n.getId())), at + ": σ shown");
            if (size[0] >= 1920) {
                assertTrue(shown.stream().anyMatch(n -> "bandRule".equals(n.getId())), at + ": the rule shown");
                assertTrue(shown.stream().anyMatch(n -> "bandFlow".equals(n.getId())), at + ": the flow shown");
            }
            Bounds canvas = WindowFixture.fx(() -> LayoutCheck.bounds(w.c().canvasHolder()));
            Bounds band = WindowFixture.fx(() -> LayoutCheck.bounds(w.c().presenter().band()));
            assertEquals(size[0], canvas.getWidth(), 1, at + ": the canvas spans the window");
            assertEquals(size[1], canvas.getHeight() + band.getHeight(), 1, at + ": canvas and band fill the window");
            assertTrue(band.getHeight() <= PresenterBand.MAX_SHARE * size[1] + 1, at + ": band height " + band.getHeight());
            WindowFixture.run(() -> w.c().help().toggle());
            problems.addAll(WindowFixture.fx(() -> LayoutCheck.problems(w.stage().getScene())).stream()
                    .map(p -> at + " with the key list: " + p).toList());
            WindowFixture.screenshot(w.stage().getScene(), "presenter-help-" + at);
            WindowFixture.run(() -> w.c().help().toggle());
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
        w.robot().type(KeyCode.P);
        assertFalse(w.c().presenter().active());
        assertTrue(WindowFixture.fx(() -> w.robot().lookup("#play").query().isVisible()), "the top bar is back");
    }

    @Test
    void transportStaysOnTheKeysAndTheChangedTermIsHighlighted() {
        w.robot().type(KeyCode.P);
        w.robot().type(KeyCode.RIGHT);
        WindowFixture.untilFx("one step shown in the band", () ->
                ((Label) w.robot().lookup("#bandStep").query()).getText().startsWith("step 1 /"));
        WindowFixture.run(() -> w.c().dynamicsModel().setEta(0.8));
        WindowFixture.untilFx("η highlighted", () -> highlighted().equals(List.of("η", "η")) || highlighted().equals(
                List.of("η")));
        assertTrue(WindowFixture.fx(() -> ruleText()).startsWith("x ← x + ησ²"), WindowFixture.fx(this::ruleText));
        w.robot().type(KeyCode.SPACE);
        WindowFixture.until("running from the keyboard", () -> w.latest().step() >= 5);
        w.robot().type(KeyCode.SPACE);
        WindowFixture.await(w.c().worker().pause());
        assertFalse(w.c().worker().playing());
    }

    private TextFlow rule() {
        return (TextFlow) w.robot().lookup("#bandRule").query();
    }

    private List<String> highlighted() {
        return rule().getChildren().stream().map(n -> (Text) n).filter(t -> t.getStyleClass().contains("rule-changed"))
                .map(Text::getText).toList();
    }

    private String ruleText() {
        StringBuilder b = new StringBuilder();
        rule().getChildren().forEach(n -> b.append(((Text) n).getText()));
        return b.toString();
    }
}
